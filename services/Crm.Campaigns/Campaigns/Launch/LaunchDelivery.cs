using Crm.Campaigns.Campaigns.Delivery;
using Crm.Campaigns.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>
/// The delivery half of a launch step (<see cref="LaunchBatch"/>): hands the decided messages to their channel and marks
/// their recipients delivered, and finishes the deliveries a crash interrupted before anything new is decided.
/// </summary>
public sealed class LaunchDelivery(
    CampaignsDbContext db,
    ChannelRouter channels,
    MessageComposer composer,
    IOptions<CampaignsOptions> options,
    TimeProvider time)
{
    /// <summary>Sent decisions whose delivery a crash interrupted are delivered before anything new is decided.</summary>
    public async Task<bool> DeliverPendingAsync(Campaign campaign, CancellationToken ct)
    {
        var pending = await db.Recipients.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && r.Outcome == RecipientOutcome.Sent && r.DeliveredAt == null)
            .OrderBy(r => r.CustomerId)
            .Take(options.Value.LaunchBatchSize)
            .Join(db.Audience.Where(m => !m.Erased), r => r.CustomerId, m => m.CustomerId,
                (r, m) => new { r.MessageId, Candidate = new LaunchCandidate(m.CustomerId, m.FirstName, m.LastName, m.City, m.Email, true) })
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            // Members erased since their decision are not delivered to.
            return await db.Recipients.Where(r => r.CampaignId == campaign.Id && r.Outcome == RecipientOutcome.Sent && r.DeliveredAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DeliveredAt, time.GetUtcNow()), ct) > 0;
        }

        await DeliverAsync(campaign, pending.Select(p => composer.Compose(campaign, p.Candidate, p.MessageId!.Value)).ToList(), ct);
        return true;
    }

    public async Task DeliverAsync(Campaign campaign, List<OutgoingMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await channels.DeliverAsync(messages, ct);
        var customers = messages.Select(m => m.CustomerId).ToList();
        var now = time.GetUtcNow();
        await db.Recipients.Where(r => r.CampaignId == campaign.Id && customers.Contains(r.CustomerId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DeliveredAt, now), ct);
    }
}
