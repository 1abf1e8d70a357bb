using System.Globalization;
using Crm.FaultInjection;
using Crm.FaultInjection.Suite;

// Fault-injection run against the real suite: changes through the gateway at a fixed rate while RabbitMQ and consuming
// services are SIGKILLed and a consumer's database is locked, then the ledgers are checked (see bench/faults/README.md).
// usage: dotnet run --project bench/faults -c Release -- [--changes 10000] [--rate 500] [--broker-kills 3] [--service-kills 3]
//        [--db-outages 1] [--db-outage-seconds 10] [--poison 4] [--back-to-back] [--final-deadline-minutes 5] [--echo-logs]
var options = new FaultRunOptions
{
    Changes = Arg("--changes", 10_000),
    Rate = Arg("--rate", 500),
    BrokerCrashes = Arg("--broker-kills", 3),
    ServiceCrashes = Arg("--service-kills", 3),
    DatabaseOutages = Arg("--db-outages", 1),
    DatabaseOutage = TimeSpan.FromSeconds(Arg("--db-outage-seconds", 10)),
    Poisons = Arg("--poison", 4),
    DrainBetweenFaults = !args.Contains("--back-to-back"),
    FinalDeadline = TimeSpan.FromMinutes(Arg("--final-deadline-minutes", 5)),
};

var started = DateTimeOffset.UtcNow;
Console.WriteLine($"Starting the suite ({DateTimeOffset.UtcNow:u}) …");
await using var suite = await FaultSuite.StartAsync(args.Contains("--echo-logs"));
Console.WriteLine($"Suite running at {suite.Gateway}; load average {LoadAverage()}");
var report = await FaultRun.RunAsync(suite, options, line => Console.WriteLine(line));
var markdown = report.ToMarkdown();
Console.WriteLine();
Console.WriteLine(markdown);

var output = Path.Combine(suite.Running.RepositoryRoot, "bench", "out");
Directory.CreateDirectory(output);
var file = Path.Combine(output, $"faults-{started:yyyyMMddTHHmmssZ}.md");
await File.WriteAllTextAsync(file,
    $"Fault run {started:u}, {Environment.ProcessorCount} cores, load average at the end {LoadAverage()}\n" +
    $"Command: dotnet run --project bench/faults -c Release -- {string.Join(' ', args)}\n\n{markdown}");
Console.WriteLine($"results: {file}");
return report.Passed ? 0 : 1;

T Arg<T>(string name, T fallback) where T : IParsable<T>
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? T.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
