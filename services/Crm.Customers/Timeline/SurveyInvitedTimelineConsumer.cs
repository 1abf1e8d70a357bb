using Crm.Contracts.Surveys;

namespace Crm.Customers.Timeline;

public sealed class SurveyInvitedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<SurveyInvitationSent>(time)
{
    protected override TimelineEntry ToEntry(SurveyInvitationSent message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.SurveyInvited, message.OccurredAt, $"Invited to a survey by {message.Channel}", message.InvitationId.ToString());
}
