namespace Crm.Campaigns.Campaigns.Delivery;

/// <summary>Sends each message through the first registered adapter that handles its channel (the delivery log takes the rest).</summary>
public sealed class ChannelRouter(IEnumerable<IChannelAdapter> adapters, DeliveryLogAdapter fallback)
{
    public async Task DeliverAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken ct)
    {
        foreach (var group in messages.GroupBy(m => m.Channel))
        {
            var adapter = adapters.FirstOrDefault(a => a.Handles(group.Key)) ?? fallback;
            await adapter.DeliverAsync(group.ToList(), ct);
        }
    }
}
