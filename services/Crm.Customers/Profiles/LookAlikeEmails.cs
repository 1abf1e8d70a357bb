using Crm.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Profiles;

/// <summary>
/// An email that only looks like an existing customer's ("аna@example.com" with a Cyrillic а) is a different address
/// and may be a different person, so it is never merged; the newer customer is flagged <c>possibleDuplicateOf</c> the
/// oldest customer whose email has the same skeleton, for staff to check.
/// </summary>
public static class LookAlikeEmails
{
    public static async Task FlagAsync(CustomersDbContext db, Customer customer)
    {
        customer.PossibleDuplicateOf = await db.Customers.AsNoTracking()
            .Where(c => c.EmailSkeleton == customer.EmailSkeleton && c.Id != customer.Id && c.ErasedAt == null && c.NormalizedEmail != customer.NormalizedEmail)
            .OrderBy(c => c.Id)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync();
    }
}
