using System.Security.Cryptography;
using System.Text;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts.Customers;
using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Audience;

public static class Respondents
{
    public static async Task<Respondent> FindOrAddAsync(SurveysDbContext db, Guid customerId, CancellationToken ct)
    {
        var respondent = await db.Respondents.FindAsync([customerId], ct);
        if (respondent is null)
        {
            respondent = new Respondent { CustomerId = customerId };
            db.Respondents.Add(respondent);
        }

        return respondent;
    }

    public static string HashEmail(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
