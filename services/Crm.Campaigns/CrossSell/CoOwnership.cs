using Crm.Campaigns.Data;

namespace Crm.Campaigns.CrossSell;

/// <summary>Keeps the "owned together" counts current: a customer's first purchase of a product pairs it with everything else they own.</summary>
public static class CoOwnership
{
    public static async Task AddAsync(CampaignsDbContext db, string product, IReadOnlyCollection<string> alreadyOwned, CancellationToken ct)
    {
        await BumpOwnersAsync(db, product, +1, ct);
        foreach (var other in alreadyOwned.Where(o => o != product))
        {
            await BumpPairAsync(db, product, other, +1, ct);
            await BumpPairAsync(db, other, product, +1, ct);
        }
    }

    /// <summary>An erased customer's products no longer count.</summary>
    public static async Task RemoveAsync(CampaignsDbContext db, IReadOnlyList<string> owned, CancellationToken ct)
    {
        foreach (var product in owned)
        {
            await BumpOwnersAsync(db, product, -1, ct);
            foreach (var other in owned.Where(o => o != product))
            {
                await BumpPairAsync(db, product, other, -1, ct);
            }
        }
    }

    private static async Task BumpOwnersAsync(CampaignsDbContext db, string product, int by, CancellationToken ct)
    {
        var row = await db.ProductOwners.FindAsync([product], ct);
        if (row is null)
        {
            if (by > 0)
            {
                db.ProductOwners.Add(new ProductOwners { Product = product, Customers = by });
            }

            return;
        }

        row.Customers = Math.Max(0, row.Customers + by);
    }

    private static async Task BumpPairAsync(CampaignsDbContext db, string product, string other, int by, CancellationToken ct)
    {
        var row = await db.ProductPairs.FindAsync([product, other], ct);
        if (row is null)
        {
            if (by > 0)
            {
                db.ProductPairs.Add(new ProductPair { Product = product, OtherProduct = other, Customers = by });
            }

            return;
        }

        row.Customers = Math.Max(0, row.Customers + by);
    }
}
