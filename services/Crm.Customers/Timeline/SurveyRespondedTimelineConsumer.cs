using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class SurveyRespondedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<SurveyResponded>(time)
{
    protected override TimelineEntry? ToEntry(SurveyResponded m) => m.CustomerId is not { } customerId ? null :
        TimelineEntry.Create(customerId, TimelineTypes.SurveyResponse, m.OccurredAt,
            $"Answered \"{m.SurveyTitle}\"{(m.Nps is { } nps ? $" (NPS {nps})" : "")}{(m.Csat is { } csat ? $" (CSAT {csat})" : "")}", m.ResponseId.ToString());
}
