using System.Security.Cryptography;
using System.Text;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Audience;

public static class Respondents
{
    public static Task<Respondent> FindOrAddAsync(SurveysDbContext db, Guid customerId, CancellationToken ct) =>
        db.Respondents.FindOrAddAsync(customerId, () => new Respondent { CustomerId = customerId }, ct);

    public static string HashEmail(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
