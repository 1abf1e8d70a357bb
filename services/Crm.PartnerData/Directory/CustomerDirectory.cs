using Crm.BuildingBlocks.Data;
using Crm.Contracts.PartnerData;
using Crm.PartnerData.Data;
using Crm.PartnerData.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.Directory;

public static class CustomerDirectory
{
    public static Task<ShareableCustomer> FindOrAddAsync(PartnerDataDbContext db, Guid customerId, CancellationToken ct) =>
        db.Customers.FindOrAddAsync(customerId, () => new ShareableCustomer { CustomerId = customerId }, ct);

    public static void Apply(ShareableCustomer c, string firstName, string lastName, string email, string? phone, string? city, string? country,
        int? birthYear, string? gender, string? lifecycleStage, long version)
    {
        c.FirstName = firstName;
        c.LastName = lastName;
        c.Email = email;
        c.HashedEmail = email.Length == 0 ? "" : EmailHash.Of(email);
        c.Phone = phone;
        c.City = city;
        c.Country = country;
        c.BirthYear = birthYear;
        c.Gender = gender;
        c.LifecycleStage = lifecycleStage;
        c.Version = version;
    }

    public static async Task RevokeContributionsAsync(PartnerDataDbContext db, Guid customerId, DateTimeOffset now, CancellationToken ct)
    {
        var contributions = await db.Contributions.Where(c => c.CustomerId == customerId).ToListAsync(ct);
        db.Contributions.RemoveRange(contributions);
        db.Publish(new PartnerContributionsRevoked(customerId, now), now);
    }
}
