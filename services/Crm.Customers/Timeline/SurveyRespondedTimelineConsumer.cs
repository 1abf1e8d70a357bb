using Crm.Contracts.Surveys;

namespace Crm.Customers.Timeline;

public sealed class SurveyRespondedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<SurveyResponded>(time)
{
    protected override TimelineEntry? ToEntry(SurveyResponded message) => message.CustomerId is not { } customerId ? null :
        TimelineEntry.Create(customerId, TimelineTypes.SurveyResponse, message.OccurredAt,
            $"Answered \"{message.SurveyTitle}\"{(message.Nps is { } nps ? $" (NPS {nps})" : "")}{(message.Csat is { } csat ? $" (CSAT {csat})" : "")}", message.ResponseId.ToString());
}
