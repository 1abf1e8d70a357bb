using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;

namespace Crm.Surveys.Customers;

public sealed class RespondentConsentConsumer(TimeProvider time) : InboxConsumer<CustomerConsentChanged, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(CustomerConsentChanged message, CancellationToken ct)
    {
        if (message.Purpose != "marketing")
        {
            return;
        }

        var respondent = await Respondents.FindOrAddAsync(Db, message.CustomerId, ct);
        respondent.MarketingConsent = new Dictionary<string, bool>(respondent.MarketingConsent) { [message.Channel ?? "all"] = message.Granted };
    }
}
