using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.Attribution;
using Crm.Campaigns.CrossSell;
using Crm.Campaigns.Customers;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.Customers;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Audience.Events;

/// <summary>
/// A purchase: totals and products owned for segments, the customer's replenishment rhythm, what is owned together for
/// cross-sell, and the campaign it converts for. A purchase id seen before changes nothing.
/// </summary>
public sealed class PurchaseRecordedConsumer(TimeProvider time, SegmentMembership membership, Attributor attributor)
    : InboxConsumer<PurchaseRecorded, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(PurchaseRecorded message, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, message.CustomerId, ct);
        if (member.Erased || await Db.Purchases.AnyAsync(p => p.PurchaseId == message.PurchaseId, ct))
        {
            return;
        }

        var history = await Db.Purchases.AsNoTracking().Where(p => p.CustomerId == message.CustomerId)
            .Select(p => new { p.Sku, p.ProductModel, p.Category, p.PurchasedAt }).ToListAsync(ct);
        var purchase = new AudiencePurchase
        {
            PurchaseId = message.PurchaseId,
            CustomerId = message.CustomerId,
            Sku = Cut(message.Sku),
            ProductModel = message.ProductModel is null ? null : Cut(message.ProductModel),
            Category = Cut(message.Category),
            Amount = message.Amount,
            Currency = message.Currency.Length <= 3 ? message.Currency.ToUpperInvariant() : message.Currency[..3].ToUpperInvariant(),
            PurchasedAt = AudienceStore.Utc(message.PurchasedAt),
            SourceCode = message.SourceCode is null ? null : Cut(message.SourceCode.Trim()),
        };
        Db.Purchases.Add(purchase);

        member.TotalSpent += purchase.Amount;
        member.PurchaseCount++;
        member.LastPurchaseAt = member.LastPurchaseAt is { } last && last > purchase.PurchasedAt ? last : purchase.PurchasedAt;
        member.NextReplenishmentAt = Replenishment.NextDue(
            history.Select(h => new PurchasePoint(h.Category, h.PurchasedAt)).Append(new PurchasePoint(purchase.Category, purchase.PurchasedAt)));
        if (purchase.ProductModel is not null)
        {
            member.ProductModels.Add(purchase.ProductModel);
        }

        var owned = history.Select(h => h.ProductModel ?? h.Sku).ToHashSet(StringComparer.Ordinal);
        if (!owned.Contains(purchase.ProductKey))
        {
            await CoOwnership.AddAsync(Db, purchase.ProductKey, owned, ct);
        }

        await attributor.AttributeAsync(Db, purchase, ct);
        await membership.RefreshAsync(Db, member, ct);
    }

    private static string Cut(string value) => value.Length <= AudienceLimits.Short ? value : value[..AudienceLimits.Short];
}
