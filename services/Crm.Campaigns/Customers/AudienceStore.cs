using Crm.Campaigns.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Customers;

/// <summary>Loads (or starts) a customer's read-model row with what segment rules need: partner attributes and product models.</summary>
public static class AudienceStore
{
    public static async Task<AudienceMember> LoadOrAddAsync(CampaignsDbContext db, Guid customerId, CancellationToken ct)
    {
        var member = await db.Audience.Include(m => m.PartnerAttributes).FirstOrDefaultAsync(m => m.CustomerId == customerId, ct);
        if (member is null)
        {
            member = AudienceMember.Unknown(customerId);
            db.Audience.Add(member);
            return member;
        }

        var models = await db.Purchases.Where(p => p.CustomerId == customerId && p.ProductModel != null)
            .Select(p => p.ProductModel!).Distinct().ToListAsync(ct);
        member.ProductModels.UnionWith(models);
        return member;
    }

    /// <summary>Timestamps are compared in SQL (stored as ticks on SQLite): keep them all in UTC.</summary>
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();
}
