using System.Diagnostics;
using Crm.FaultInjection.Broker;
using Crm.FaultInjection.Faults;
using Crm.FaultInjection.Ledger;
using Crm.FaultInjection.Load;
using Crm.FaultInjection.Suite;
using Crm.FaultInjection.Verification;

namespace Crm.FaultInjection;

/// <summary>
/// Drives changes through the gateway at a fixed rate while injecting faults one after another (each drained before the
/// next, or back to back once recovered), poisons a few messages on purpose, waits for the whole backlog to drain, and
/// checks the ledgers.
/// </summary>
public static class FaultRun
{
    public static async Task<FaultReport> RunAsync(FaultSuite suite, FaultRunOptions options, Action<string> progress, CancellationToken ct = default)
    {
        using var broker = new ManagementApi(suite.BrokerManagement.ToString().TrimEnd('/'));
        var subscriptions = await Subscriptions.DiscoverAsync(broker, ChangeEvents.All, ct);
        progress($"consumers: {string.Join(", ", subscriptions.All.Select(s => s.Endpoint))}");
        using var ledger = new EventLedger(suite, subscriptions.Services);
        var backlog = new Backlog(ledger, subscriptions);
        using var redeliveries = new LogLineCounter(suite, LogLineCounter.RedeliveryAbsorbed);
        using var watchdogRestarts = new LogLineCounter(suite, LogLineCounter.WatchdogGaveUp);
        using var gateway = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = suite.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        var driver = new ChangeDriver(gateway, await ChangeDriver.StaffTokensAsync(gateway, options.Identities, ct));
        var schedule = FaultSchedule.Interleaved(options.BrokerCrashes, options.ServiceCrashes, options.DatabaseOutages, options.DatabaseOutage, [.. subscriptions.Services]);

        var clock = Stopwatch.StartNew();
        using var stopLoad = new CancellationTokenSource();
        var load = driver.RunAsync(options.Rate, options.Changes, stopLoad.Token);
        var poisons = await PoisonPublisher.PublishAsync(broker, subscriptions, options.Poisons, ct);
        var reporter = ReportProgressAsync(ledger, backlog, driver, clock, progress, stopLoad.Token);
        await Task.Delay(options.WarmUp, ct);

        var outcomes = new List<Task<FaultOutcome>>();
        foreach (var fault in schedule)
        {
            var at = clock.Elapsed;
            progress($"{at.TotalSeconds,6:F1} s  {fault.Name} ({driver.Issued:N0} changes sent)");
            await fault.InjectAsync(suite, ct);
            var outage = clock.Elapsed - at;
            var committed = ledger.Outbox();
            var owed = backlog.Lag(committed);
            if (options.DrainBetweenFaults)
            {
                var drain = await backlog.WaitDrainedAsync(committed, options.DrainDeadline, ct);
                outcomes.Add(Task.FromResult(new FaultOutcome(fault.Name, at, outage, owed, drain)));
                progress($"{clock.Elapsed.TotalSeconds,6:F1} s  recovered after {outage.TotalSeconds:F1} s, {owed:N0} effects owed, drained in {drain?.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) ?? "—"} s");
            }
            else
            {
                // Measured in the background (a slower poll: several run at once) while the next fault goes in.
                outcomes.Add(DrainedLaterAsync(fault.Name, at, outage, owed, backlog.WaitDrainedAsync(committed, options.FinalDeadline, TimeSpan.FromSeconds(1), ct)));
                progress($"{clock.Elapsed.TotalSeconds,6:F1} s  recovered after {outage.TotalSeconds:F1} s, {owed:N0} effects owed");
            }

            await Task.Delay(options.Settle, ct);
        }

        await stopLoad.CancelAsync();
        await load;
        await reporter;
        progress($"{clock.Elapsed.TotalSeconds,6:F1} s  load stopped after {driver.Issued:N0} changes; draining");
        var finalDrain = await WaitAllSentAndAppliedAsync(ledger, backlog, options.FinalDeadline, ct);
        await WaitParkedAsync(broker, poisons.Count, options.FinalDeadline, ct);
        var faults = await Task.WhenAll(outcomes);

        var checks = LedgerChecks.Run(driver.Tally, ledger, subscriptions).ToList();
        checks.AddRange(await ErrorQueueChecks.RunAsync(broker, poisons, ct));
        return new FaultReport(options, driver, faults, finalDrain, new Dictionary<string, long>(redeliveries.ByService), new Dictionary<string, long>(watchdogRestarts.ByService), checks);
    }

    private static async Task<FaultOutcome> DrainedLaterAsync(string fault, TimeSpan at, TimeSpan outage, long owed, Task<TimeSpan?> drain) =>
        new(fault, at, outage, owed, await drain);

    private static async Task ReportProgressAsync(EventLedger ledger, Backlog backlog, ChangeDriver driver, Stopwatch clock, Action<string> progress, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);
            var outbox = ledger.Outbox();
            progress($"{clock.Elapsed.TotalSeconds,6:F1} s    {driver.Issued:N0} sent, {driver.Tally.Committed():N0} committed, {outbox.Unsent:N0} unpublished, {backlog.Lag(outbox):N0} effects owed");
        }
    }

    private static async Task<TimeSpan?> WaitAllSentAndAppliedAsync(EventLedger ledger, Backlog backlog, TimeSpan deadline, CancellationToken ct)
    {
        var sent = await Poll.UntilAsync(() => ledger.Outbox().Unsent == 0, deadline, TimeSpan.FromMilliseconds(100), ct) ?? deadline;
        var drained = await backlog.WaitDrainedAsync(ledger.Outbox(), deadline - sent, ct);
        return drained is null ? null : sent + drained;
    }

    /// <summary>Poison messages reach their error queue after the consumer's retries; wait for them (a deadline, not a sleep).</summary>
    private static Task WaitParkedAsync(ManagementApi broker, int expected, TimeSpan deadline, CancellationToken ct) =>
        Poll.UntilAsync(async () => await ErrorQueueChecks.ParkedAsync(broker, ct) >= expected, deadline, TimeSpan.FromMilliseconds(250), ct);
}
