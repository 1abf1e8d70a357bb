using Crm.FaultInjection.Ledger;
using Crm.FaultInjection.Load;

namespace Crm.FaultInjection.Verification;

/// <summary>
/// Committed changes = events published = effects in consumers: what the gateway acknowledged, what the producer's
/// database holds, what its outbox sent, and what every consumer's inbox and read model applied — exactly once.
/// </summary>
public static class LedgerChecks
{
    public static IEnumerable<Check> Run(ChangeTally tally, EventLedger ledger, Subscriptions subscriptions)
    {
        var producer = EventLedger.Producer;
        yield return Check.Equal("changes without a 2xx answer", 0, tally.Total - tally.Committed());
        yield return Check.Equal("customers in the producer's database = registrations committed", tally.Committed(ChangeKind.Registration), ledger.Scalar(producer, "SELECT COUNT(*) FROM Customers"));
        yield return Check.Equal("profile versions added in the producer's database = updates committed", tally.Committed(ChangeKind.ProfileUpdate), ledger.Scalar(producer, "SELECT SUM(Version - 1) FROM Customers"));
        yield return Check.Equal("consent records in the producer's database = consent changes committed", tally.Committed(ChangeKind.ConsentChange), ledger.Scalar(producer, "SELECT COUNT(*) FROM ConsentRecords"));

        var outbox = ledger.Outbox();
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            yield return Check.Equal($"{Short(ChangeEvents.Of(kind))} events in the outbox = {kind} changes committed", tally.Committed(kind), outbox.Of(ChangeEvents.Of(kind)));
        }

        yield return Check.Equal("outbox events the broker never confirmed", 0, outbox.Unsent);

        var ids = ledger.OutboxIds();
        foreach (var service in subscriptions.Services)
        {
            var records = ledger.InboxRecords(service);
            foreach (var subscription in subscriptions.Of(service))
            {
                var wanted = ids.TryGetValue(subscription.EventType, out var list) ? list.ToHashSet() : [];
                var applied = records.Where(r => r.Consumer == subscription.Consumer && wanted.Contains(r.MessageId)).ToList();
                var distinct = applied.Select(r => r.MessageId).Distinct().Count();
                yield return Check.Equal($"{service}: {Short(subscription.EventType)} events lost by {subscription.Consumer}", 0, wanted.Count - distinct);
                yield return Check.Equal($"{service}: {Short(subscription.EventType)} events applied twice by {subscription.Consumer}", 0, applied.Count - distinct);
            }
        }

        var customers = ledger.Versions(producer, "Customers", "Id", "Version");
        foreach (var model in ReadModel.OfCustomers.Where(m => subscriptions.Services.Contains(m.Service)))
        {
            var copy = ledger.Versions(model.Service, model.Table, "CustomerId", model.VersionColumn);
            yield return Check.Equal($"{model.Service}: {model.Table} rows = customers", customers.Count, copy.Count);
            yield return Check.Equal($"{model.Service}: {model.Table} rows behind the customer's profile version", 0,
                customers.Count(c => !copy.TryGetValue(c.Key, out var v) || v != c.Value));
        }
    }

    public static string Short(string eventType) => eventType[(eventType.LastIndexOf('.') + 1)..];
}
