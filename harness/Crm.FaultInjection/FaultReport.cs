using System.Globalization;
using System.Text;
using Crm.FaultInjection.Faults;
using Crm.FaultInjection.Load;
using Crm.FaultInjection.Verification;

namespace Crm.FaultInjection;

/// <summary>The outcome of a fault run: the load, each fault with its recovery and drain, duplicates absorbed, and every check.</summary>
public sealed record FaultReport(
    FaultRunOptions Options,
    ChangeDriver Load,
    IReadOnlyList<FaultOutcome> Faults,
    TimeSpan? FinalDrain,
    IReadOnlyDictionary<string, long> RedeliveriesAbsorbed,
    IReadOnlyDictionary<string, long> WatchdogRestarts,
    IReadOnlyList<Check> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);

    public IEnumerable<Check> Failures => Checks.Where(c => !c.Passed);

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var tally = Load.Tally;
        text.AppendLine(c, $"Load: {tally.Total:N0} changes in {Load.Elapsed.TotalSeconds:F1} s = {tally.Total / Math.Max(1, Load.Elapsed.TotalSeconds):F0}/s (target {Options.Rate:F0}/s, at least {Options.Changes:N0}); " +
            $"{tally.Committed(ChangeKind.Registration):N0} registrations, {tally.Committed(ChangeKind.ProfileUpdate):N0} profile updates, {tally.Committed(ChangeKind.ConsentChange):N0} consent changes committed; " +
            $"{Load.Late:N0} sent > 100 ms late; write latency p50 {tally.LatencyPercentile(50):F1} ms, p99 {tally.LatencyPercentile(99):F1} ms, max {tally.LatencyPercentile(100):F0} ms.");
        foreach (var refused in tally.NotCommitted())
        {
            text.AppendLine(c, $"Not committed: {refused}");
        }

        text.AppendLine();
        if (!Options.DrainBetweenFaults)
        {
            text.AppendLine("Faults back to back: each went in as soon as the one before had recovered, under the same load; each drain is measured from its own recovery while later faults happen.");
            text.AppendLine();
        }

        text.AppendLine("| # | fault | at | until recovered | effects owed at recovery | drain after recovery |");
        text.AppendLine("|---|---|---|---|---|---|");
        for (var i = 0; i < Faults.Count; i++)
        {
            var f = Faults[i];
            text.AppendLine(c, $"| {i + 1} | {f.Name} | {f.At.TotalSeconds:F1} s | {f.Outage.TotalSeconds:F1} s | {f.BacklogAtRecovery:N0} | {(f.Drain is { } d ? $"{d.TotalSeconds:F1} s" : "not drained")} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"Backlog after the load stopped drained in {(FinalDrain is { } fd ? $"{fd.TotalSeconds:F1} s" : "— (not within the deadline)")}.");
        text.AppendLine(c, $"Redeliveries absorbed by the inbox: {PerService(RedeliveriesAbsorbed)}.");
        text.AppendLine(c, $"Services the consumer watchdog restarted because a queue had lost its consumer: {PerService(WatchdogRestarts)}.");
        text.AppendLine();
        text.AppendLine("| check | expected | actual | |");
        text.AppendLine("|---|---|---|---|");
        foreach (var check in Checks)
        {
            text.AppendLine(c, $"| {check.What} | {check.Expected} | {check.Actual} | {(check.Passed ? "ok" : "FAILED")} |");
        }

        text.AppendLine();
        text.AppendLine(Passed ? "All checks passed: nothing lost, nothing applied twice, only poisoned messages parked." : $"{Failures.Count()} checks FAILED.");
        return text.ToString();
    }

    private static string PerService(IReadOnlyDictionary<string, long> counts) =>
        string.Create(CultureInfo.InvariantCulture, $"{counts.Values.Sum():N0} ({(counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value:N0}")))})");
}
