namespace Crm.FaultInjection.Ledger;

public sealed record OutboxCounts(IReadOnlyDictionary<string, long> ByType, long Unsent)
{
    public long Of(string eventType) => ByType.TryGetValue(eventType, out var n) ? n : 0;
}
