using System.Security.Cryptography;
using System.Text;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Audience;

/// <summary>Erasure: open invitations are cancelled; responses keep their answers for the aggregates but no longer name the customer.</summary>
public sealed class RespondentErasedConsumer(TimeProvider time) : InboxConsumer<CustomerErased, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased m, CancellationToken ct)
    {
        var r = await Respondents.FindOrAddAsync(Db, m.CustomerId, ct);
        (r.Erased, r.HashedEmail, r.Country, r.LifecycleStage, r.MarketingConsent, r.Version) = (true, "", null, null, [], long.MaxValue);
        await Db.Invitations.Where(i => i.CustomerId == m.CustomerId && i.RespondedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Cancelled, true).SetProperty(i => i.Token, (string?)null), ct);
        await Db.Responses.Where(x => x.CustomerId == m.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, (Guid?)null), ct);
    }
}
