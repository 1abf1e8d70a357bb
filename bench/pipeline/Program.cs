using System.Globalization;
using Crm.Bench.Pipeline;

// Event pipeline vs raw MassTransit, side by side on one local RabbitMQ (durable queues, publisher confirms):
// peak throughput of each, then latency at a fixed rate. See bench/pipeline/README.md.
// usage: dotnet run --project bench/pipeline -c Release -- [--count 20000] [--rate 500] [--seconds 20] [--rounds 2] [--writers 100] [--warmup 10000]
const int InFlight = 100;
var count = Arg("--count", 20_000);
var rate = Arg("--rate", 500);
var seconds = Arg("--seconds", 20);
var rounds = Arg("--rounds", 2);
// As many concurrent producers as raw has publishes in flight: each side gets the same concurrency.
var writers = Arg("--writers", InFlight);
var warmup = Arg("--warmup", 10_000);

await using var localBroker = await LocalBroker.StartAsync();
var broker = localBroker.ConnectionString;
var folder = Path.Combine(localBroker.Folder, "pipeline");
Directory.CreateDirectory(folder);

var arrivals = new Arrivals();
using var raw = await BenchHosts.RawAsync(broker, folder, arrivals);
using var producer = await BenchHosts.ProducerAsync(broker, folder);
var consumer = await BenchHosts.ConsumerAsync(broker, folder, arrivals);
var work = new Workloads(raw, producer);

Console.WriteLine($"warm-up … (load average {LoadAverage()})");
// Both sides run until the JIT has compiled their hot paths at full optimisation: with a short warm-up the runtime's
// background recompilation took a fifth of the CPU during the first measured round, and mostly from the pipeline's side.
await Workloads.PeakAsync(work.RawPublishAsync, warmup, InFlight, arrivals);
await Workloads.PeakAsync(work.PipelinePublishAsync, warmup, writers, arrivals);
await Workloads.PeakAsync(work.RawChangeAsync, warmup, writers, arrivals);
await Workloads.PeakAsync(work.ProducerChangeAsync, warmup, writers, arrivals);

var lines = new List<string>();
for (var round = 1; round <= rounds; round++)
{
    // The pipeline alone (outbox → relay → inbox, no business work) against raw publish → consume; then both doing the
    // same business work (a change row committed, an effect row found or added), raw without the outbox and inbox.
    var rawPeak = await Workloads.PeakAsync(work.RawPublishAsync, count, InFlight, arrivals);
    var pipelinePeak = await Workloads.PeakAsync(work.PipelinePublishAsync, count, writers, arrivals);
    var rawWorkPeak = await Workloads.PeakAsync(work.RawChangeAsync, count, writers, arrivals);
    var pipelineWorkPeak = await Workloads.PeakAsync(work.ProducerChangeAsync, count, writers, arrivals);
    // Latency at a fixed rate, each run from a flushed page cache: right after the bursts above, the kernel's write-back of
    // their data made the broker's and SQLite's fsyncs wait for up to 1.3 s, on the raw side as much as on the pipeline's.
    await Settle.FlushAsync();
    var rawLatency = await Workloads.FixedRateAsync(work.RawPublishAsync, rate, seconds, arrivals);
    await Settle.FlushAsync();
    var pipelineLatency = await Workloads.FixedRateAsync(work.ProducerChangeAsync, rate, seconds, arrivals);

    // Each stage alone: the producer and relay with no consumer running, then a fresh consumer on the full queue.
    await consumer.StopAsync();
    consumer.Dispose();
    var produced = await work.ProduceOnlyAsync(count / 2, writers);
    arrivals.Reset();
    consumer = await BenchHosts.ConsumerAsync(broker, folder, arrivals);
    await Workloads.ArrivedAsync(arrivals, count / 2);
    var stages = (produced.Written, produced.Relayed, Consumed: arrivals.Rate);
    lines.Add(string.Create(CultureInfo.InvariantCulture,
        $"round {round}: peak raw {rawPeak:F0}/s, pipeline {pipelinePeak:F0}/s, ratio {pipelinePeak / rawPeak:F2}; " +
        $"same business work: raw {rawWorkPeak:F0}/s, pipeline {pipelineWorkPeak:F0}/s, ratio {pipelineWorkPeak / rawWorkPeak:F2}; " +
        $"at {rate}/s raw p50 {rawLatency.P50:F1} ms p99 {rawLatency.P99:F1} ms, pipeline with work p50 {pipelineLatency.P50:F1} ms p99 {pipelineLatency.P99:F1} ms " +
        $"(sent at {pipelineLatency.Achieved:F0}/s); stages alone (with work): producer commits {stages.Written:F0}/s, relay confirms {stages.Relayed:F0}/s, " +
        $"consumer applies {stages.Consumed:F0}/s; load average {LoadAverage()}"));
    Console.WriteLine(lines[^1]);
}

var output = Path.Combine(LocalBroker.RepositoryRoot, "bench", "out");
Directory.CreateDirectory(output);
var file = Path.Combine(output, $"pipeline-{DateTimeOffset.UtcNow:yyyyMMddTHHmmssZ}.txt");
await File.WriteAllLinesAsync(file, [$"dotnet run --project bench/pipeline -c Release -- {string.Join(' ', args)}", $"count {count}, writers {writers}, raw in flight {InFlight}, warm-up {warmup} each", .. lines]);
Console.WriteLine($"results: {file}");
await consumer.StopAsync();
consumer.Dispose();
await producer.StopAsync();
await raw.StopAsync();

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
