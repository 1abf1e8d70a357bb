using Crm.BuildingBlocks.Data;
using Crm.Contracts.PartnerData;
using Crm.PartnerData.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.Customers;

public static class CustomerDirectory
{
    public static Task<ShareableCustomer> FindOrAddAsync(PartnerDataDbContext db, Guid customerId, CancellationToken ct) =>
        db.Customers.FindOrAddAsync(customerId, () => new ShareableCustomer { CustomerId = customerId }, ct);

    public static async Task RevokeContributionsAsync(PartnerDataDbContext db, Guid customerId, DateTimeOffset now, CancellationToken ct)
    {
        var contributions = await db.Contributions.Where(c => c.CustomerId == customerId).ToListAsync(ct);
        db.Contributions.RemoveRange(contributions);
        db.Publish(new PartnerContributionsRevoked(customerId, now), now);
    }
}
