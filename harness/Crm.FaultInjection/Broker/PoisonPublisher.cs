using Crm.FaultInjection.Ledger;

namespace Crm.FaultInjection.Broker;

/// <summary>
/// Publishes deliberately bad messages straight to consumers' endpoint exchanges: a body that is not JSON (rejected
/// when deserialized) and a well-formed event without a message id (rejected by the inbox after every retry).
/// </summary>
public static class PoisonPublisher
{
    public static async Task<IReadOnlyList<Poison>> PublishAsync(ManagementApi broker, Subscriptions subscriptions, int count, CancellationToken ct)
    {
        var poisons = new List<Poison>();
        for (var i = 0; i < count; i++)
        {
            var target = subscriptions.All[i % subscriptions.All.Count];
            var id = Guid.NewGuid();
            var urn = "urn:message:" + target.EventType[..target.EventType.LastIndexOf('.')] + ":" + target.EventType[(target.EventType.LastIndexOf('.') + 1)..];
            var malformed = i % 2 == 0;
            var payload = malformed
                ? $$"""{"messageId":"{{id}}","messageType":["{{urn}}"],"message":{"customerId":"{{id}}", "firstName": """
                : $$"""{"messageType":["{{urn}}"],"message":{"customerId":"{{id}}","firstName":"Poison","lastName":"Poison","email":"poison.{{id:N}}@example.com","lifecycleStage":"customer","purpose":"marketing","granted":true,"version":1,"occurredAt":"2026-01-01T00:00:00+00:00","updatedAt":"2026-01-01T00:00:00+00:00"}""" + "}";
            var properties = new Dictionary<string, object> { ["content_type"] = "application/vnd.masstransit+json", ["delivery_mode"] = 2 };
            if (malformed)
            {
                properties["message_id"] = id.ToString();
            }

            if (!await broker.PublishAsync(target.Endpoint, payload, properties, ct))
            {
                throw new InvalidOperationException($"The broker routed the poison message for {target.Endpoint} nowhere.");
            }

            poisons.Add(new Poison(id, target.Endpoint, malformed ? "body is not JSON" : "event without a message id"));
        }

        return poisons;
    }
}
