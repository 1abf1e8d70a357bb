// The browser tests drive one real suite on a 2-core machine: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
