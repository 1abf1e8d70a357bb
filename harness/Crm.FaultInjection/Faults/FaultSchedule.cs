namespace Crm.FaultInjection.Faults;

/// <summary>The faults of a run, interleaved so that no two kinds follow each other when avoidable.</summary>
public static class FaultSchedule
{
    public static IReadOnlyList<Fault> Interleaved(int brokerCrashes, int serviceCrashes, int databaseOutages, TimeSpan outage, IReadOnlyList<string> consumers)
    {
        var broker = Enumerable.Range(0, brokerCrashes).Select(_ => (Fault)new BrokerCrash()).ToList();
        var services = Enumerable.Range(0, serviceCrashes).Select(i => (Fault)new ServiceCrash(consumers[i % consumers.Count])).ToList();
        var databases = Enumerable.Range(0, databaseOutages).Select(i => (Fault)new DatabaseOutage(consumers[(i + serviceCrashes) % consumers.Count], outage)).ToList();
        var schedule = new List<Fault>();
        while (broker.Count + services.Count + databases.Count > 0)
        {
            foreach (var queue in new[] { broker, services, databases }.OrderByDescending(q => q.Count))
            {
                if (queue.Count > 0)
                {
                    schedule.Add(queue[0]);
                    queue.RemoveAt(0);
                }
            }
        }

        return schedule;
    }
}
