using Crm.Campaigns.Audience;
using Crm.Campaigns.Campaigns.Launch;
using Crm.Campaigns.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Campaigns.Attribution;

/// <summary>Credits a recorded purchase to a campaign (at most once per purchase), in the transaction that records it.</summary>
public sealed class Attributor(IOptions<CampaignsOptions> options)
{
    public async Task AttributeAsync(CampaignsDbContext db, AudiencePurchase purchase, CancellationToken ct)
    {
        if (await db.Conversions.AnyAsync(c => c.PurchaseId == purchase.PurchaseId, ct))
        {
            return;
        }

        var window = options.Value.AttributionWindow;
        SentMessage? bySourceCode = null;
        if (!string.IsNullOrWhiteSpace(purchase.SourceCode))
        {
            var code = purchase.SourceCode.Trim();
            bySourceCode = await db.Campaigns.AsNoTracking().Where(c => c.SourceCode == code)
                .Select(c => new SentMessage(c.Id, c.SourceCode, c.Channel, c.LaunchedAt ?? c.CreatedAt)).FirstOrDefaultAsync(ct);
        }

        var messages = new List<SentMessage>();
        if (bySourceCode is null)
        {
            var from = purchase.PurchasedAt - window;
            var to = purchase.PurchasedAt;
            messages = await db.Recipients.AsNoTracking()
                .Where(r => r.CustomerId == purchase.CustomerId && r.Outcome == RecipientOutcome.Sent && r.DecidedAt >= from && r.DecidedAt <= to)
                .Join(db.Campaigns, r => r.CampaignId, c => c.Id, (r, c) => new SentMessage(c.Id, c.SourceCode, c.Channel, r.DecidedAt))
                .ToListAsync(ct);
        }

        if (AttributionRule.Attribute(bySourceCode, messages, purchase.PurchasedAt, window) is not { } credit)
        {
            return;
        }

        db.Conversions.Add(new Conversion
        {
            PurchaseId = purchase.PurchaseId,
            CampaignId = credit.Campaign.CampaignId,
            CustomerId = purchase.CustomerId,
            SourceCode = credit.Campaign.SourceCode,
            Channel = credit.Campaign.Channel,
            Basis = credit.Basis,
            Amount = purchase.Amount,
            Currency = purchase.Currency,
            PurchasedAt = purchase.PurchasedAt,
        });
    }
}
