using System.Security.Cryptography;
using System.Text;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Audience;

public sealed class RespondentUpdatedConsumer(TimeProvider time) : InboxConsumer<CustomerUpdated, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated m, CancellationToken ct)
    {
        var r = await Respondents.FindOrAddAsync(Db, m.CustomerId, ct);
        if (m.Version > r.Version && !r.Erased)
        {
            (r.Country, r.LifecycleStage, r.HashedEmail, r.Version) = (m.Country, m.LifecycleStage, Respondents.HashEmail(m.Email), m.Version);
        }
    }
}
