using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class CampaignMessageTimelineConsumer(TimeProvider time) : TimelineEventConsumer<CampaignMessageSent>(time)
{
    protected override TimelineEntry ToEntry(CampaignMessageSent message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.CampaignMessage, message.OccurredAt, $"Campaign \"{message.CampaignName}\" sent by {message.Channel}", message.MessageId.ToString());
}
