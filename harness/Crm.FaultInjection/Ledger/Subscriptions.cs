using Crm.Contracts;
using Crm.FaultInjection.Broker;

namespace Crm.FaultInjection.Ledger;

/// <summary>Which services consume which events, read from the broker's bindings (not written down twice).</summary>
public sealed class Subscriptions(IReadOnlyList<Subscription> all)
{
    public IReadOnlyList<Subscription> All { get; } = all;

    public IEnumerable<string> Services => All.Select(s => s.Service).Distinct();

    public IEnumerable<Subscription> Of(string service) => All.Where(s => s.Service == service);

    /// <summary>MassTransit binds a message type's exchange (<c>Namespace:Type</c>) to one exchange per receive endpoint.</summary>
    public static async Task<Subscriptions> DiscoverAsync(ManagementApi broker, IEnumerable<string> eventTypes, CancellationToken ct)
    {
        var found = new List<Subscription>();
        foreach (var type in eventTypes)
        {
            var exchange = type[..type.LastIndexOf('.')] + ":" + type[(type.LastIndexOf('.') + 1)..];
            foreach (var endpoint in await broker.DestinationsOfAsync(exchange, ct))
            {
                var service = ResourceNames.Services.OrderByDescending(s => s.Length).FirstOrDefault(s => endpoint.StartsWith(s + "-", StringComparison.Ordinal))
                    ?? throw new InvalidOperationException($"Endpoint {endpoint} belongs to no known service.");
                found.Add(new Subscription(type, service, endpoint));
            }
        }

        return found.Count == 0 ? throw new InvalidOperationException("No service consumes the events the run produces.") : new Subscriptions(found);
    }
}
