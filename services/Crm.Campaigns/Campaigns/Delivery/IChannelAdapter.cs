namespace Crm.Campaigns.Campaigns.Delivery;

/// <summary>
/// Hands messages to a channel. Called after the send decisions committed; a launch resumed after a crash may hand the
/// same message (same <see cref="OutgoingMessage.MessageId"/>) again, so adapters should absorb repeats where they can.
/// </summary>
public interface IChannelAdapter
{
    bool Handles(CampaignChannel channel);

    Task DeliverAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken ct);
}
