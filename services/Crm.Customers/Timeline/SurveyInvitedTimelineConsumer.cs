using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class SurveyInvitedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<SurveyInvitationSent>(time)
{
    protected override TimelineEntry ToEntry(SurveyInvitationSent m) =>
        TimelineEntry.Create(m.CustomerId, TimelineTypes.SurveyInvited, m.OccurredAt, $"Invited to a survey by {m.Channel}", m.InvitationId.ToString());
}
