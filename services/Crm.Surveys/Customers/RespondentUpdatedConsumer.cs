using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;

namespace Crm.Surveys.Customers;

public sealed class RespondentUpdatedConsumer(TimeProvider time) : InboxConsumer<CustomerUpdated, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated message, CancellationToken ct)
    {
        var respondent = await Respondents.FindOrAddAsync(Db, message.CustomerId, ct);
        CustomerReplica.Apply(respondent, CustomerSnapshot.Of(message));
    }
}
