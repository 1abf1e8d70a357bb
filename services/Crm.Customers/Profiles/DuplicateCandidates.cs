using Crm.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Profiles;

public sealed record DuplicateMatch(Guid CustomerId, string FirstName, string LastName, IReadOnlyList<string> Reasons);

/// <summary>Finds the customers a person may already be (<see cref="DuplicateRules"/>), oldest first.</summary>
public static class DuplicateCandidates
{
    public const int Max = 20;

    public static async Task<IReadOnlyList<DuplicateMatch>> FindAsync(CustomersDbContext db, PersonKeys keys, Guid? except, CancellationToken ct = default)
    {
        var email = keys.NormalizedEmail ?? "\0";
        var phone = keys.NormalizedPhone is { Length: >= 6 } p ? p : "\0";
        var company = keys.CompanyId;
        var rows = await db.Customers.AsNoTracking()
            .Where(c => c.ErasedAt == null && c.Id != except)
            .Where(c => c.NormalizedEmail == email || c.NormalizedPhone == phone
                || (company != null && c.CompanyId == company && c.SearchLastName == keys.SearchLastName && c.SearchFirstName == keys.SearchFirstName))
            .OrderBy(c => c.Id).Take(Max).ToListAsync(ct);
        return rows.Select(c => new DuplicateMatch(c.Id, c.FirstName, c.LastName, DuplicateRules.Reasons(keys, DuplicateRules.Of(c))))
            .Where(m => m.Reasons.Count > 0).ToList();
    }
}
