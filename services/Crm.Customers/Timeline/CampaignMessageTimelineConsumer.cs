using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class CampaignMessageTimelineConsumer(TimeProvider time) : TimelineEventConsumer<CampaignMessageSent>(time)
{
    protected override TimelineEntry ToEntry(CampaignMessageSent m) =>
        TimelineEntry.Create(m.CustomerId, TimelineTypes.CampaignMessage, m.OccurredAt, $"Campaign \"{m.CampaignName}\" sent by {m.Channel}", m.MessageId.ToString());
}
