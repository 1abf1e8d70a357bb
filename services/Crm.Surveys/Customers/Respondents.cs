using Crm.BuildingBlocks.Data;
using Crm.Surveys.Data;

namespace Crm.Surveys.Customers;

public static class Respondents
{
    public static Task<Respondent> FindOrAddAsync(SurveysDbContext db, Guid customerId, CancellationToken ct) =>
        db.Respondents.FindOrAddAsync(customerId, () => new Respondent { CustomerId = customerId }, ct);
}
