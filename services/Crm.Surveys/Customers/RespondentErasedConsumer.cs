using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Customers;

/// <summary>Erasure: open invitations are cancelled; responses keep their answers for the aggregates but no longer name the customer.</summary>
public sealed class RespondentErasedConsumer(TimeProvider time) : InboxConsumer<CustomerErased, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased message, CancellationToken ct)
    {
        CustomerReplica.Erase(await Respondents.FindOrAddAsync(Db, message.CustomerId, ct));
        await Db.Invitations.Where(i => i.CustomerId == message.CustomerId && i.RespondedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Cancelled, true).SetProperty(i => i.Token, (string?)null), ct);
        await Db.Responses.Where(x => x.CustomerId == message.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, (Guid?)null), ct);
    }
}
