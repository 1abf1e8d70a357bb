using Crm.Contracts.Campaigns;

namespace Crm.Customers.Timeline;

public sealed class CampaignMessageTimelineConsumer(TimeProvider time) : TimelineEventConsumer<CampaignMessageSent>(time)
{
    protected override TimelineEntry ToEntry(CampaignMessageSent message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.CampaignMessage, message.OccurredAt, $"Campaign \"{message.CampaignName}\" sent by {message.Channel}", message.MessageId.ToString());
}
