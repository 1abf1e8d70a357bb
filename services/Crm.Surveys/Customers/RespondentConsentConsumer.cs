using System.Security.Cryptography;
using System.Text;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Audience;

public sealed class RespondentConsentConsumer(TimeProvider time) : InboxConsumer<CustomerConsentChanged, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(CustomerConsentChanged m, CancellationToken ct)
    {
        if (m.Purpose != "marketing")
        {
            return;
        }

        var r = await Respondents.FindOrAddAsync(Db, m.CustomerId, ct);
        r.MarketingConsent = new Dictionary<string, bool>(r.MarketingConsent) { [m.Channel ?? "all"] = m.Granted };
    }
}
