using Crm.BuildingBlocks.ContactPressure;
using Crm.BuildingBlocks.Outbox;
using Crm.BuildingBlocks.Sql;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Campaigns.Segments.Rules;
using Crm.Contracts.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>
/// One step of a launch: decides the next members of the segment (in customer-id order after the cursor) and commits
/// their recipient rows, the CampaignMessageSent events, the counters and the cursor in one transaction; then hands the
/// sent messages to their channel (<see cref="LaunchDelivery"/>). A step cut short by a crash is redone from the last committed cursor: the recipient
/// key (campaign, customer) forbids a second decision and the contact-pressure reservation is keyed the same way.
/// </summary>
public sealed partial class LaunchBatch(
    CampaignsDbContext db,
    IContactPressure pressure,
    LaunchDelivery delivery,
    MessageComposer composer,
    SegmentRuleCache rules,
    IOptions<CampaignsOptions> options,
    TimeProvider time,
    ILogger<LaunchBatch> logger,
    OutboxSignal? outboxSignal = null)
{
    /// <returns>True while the campaign has more to do.</returns>
    public async Task<bool> RunAsync(Guid campaignId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return false;
        }

        if (await delivery.DeliverPendingAsync(campaign, ct))
        {
            return true;
        }

        if (campaign.Status != CampaignStatus.Running)
        {
            return false;
        }

        var segment = await db.Segments.AsNoTracking().FirstAsync(s => s.Id == campaign.SegmentId, ct);
        var evaluatedAt = campaign.LaunchedAt ?? time.GetUtcNow();
        var query = RuleQuery.Matching(db, rules.Get(segment), evaluatedAt);
        if (campaign.LaunchCursor is { } cursor)
        {
            query = query.Where(m => m.CustomerId.CompareTo(cursor) > 0);
        }

        var candidates = await query.OrderBy(m => m.CustomerId).Take(options.Value.LaunchBatchSize).Select(LaunchCandidate.On(campaign.Channel)).ToListAsync(ct);
        var now = time.GetUtcNow();
        if (candidates.Count == 0)
        {
            campaign.Status = CampaignStatus.Completed;
            campaign.CompletedAt = now;
            campaign.Version++;
            await db.SaveChangesAsync(ct);
            LogCompleted(campaign.Id, campaign.Targeted, campaign.Sent);
            return false;
        }

        var decisions = await DecideAsync(campaign, candidates, ct);
        var recipients = new List<CampaignRecipient>(decisions.Count);
        var events = new List<OutboxMessage>();
        var sent = new List<(CampaignRecipient Recipient, LaunchCandidate Candidate)>();
        foreach (var (candidate, outcome) in decisions)
        {
            var recipient = new CampaignRecipient { CampaignId = campaign.Id, CustomerId = candidate.CustomerId, Outcome = outcome, DecidedAt = now };
            if (outcome == RecipientOutcome.Sent)
            {
                recipient.MessageId = Guid.CreateVersion7();
                sent.Add((recipient, candidate));
                events.Add(OutboxMessage.Of(new CampaignMessageSent(recipient.MessageId.Value, campaign.Id, candidate.CustomerId, campaign.Name,
                    campaign.Channel.ToString().ToLowerInvariant(), campaign.SourceCode, now), now));
            }

            recipients.Add(recipient);
        }

        campaign.Targeted += decisions.Count;
        campaign.Sent += sent.Count;
        campaign.SuppressedNoConsent += decisions.Count(d => d.Outcome == RecipientOutcome.SuppressedNoConsent);
        campaign.SuppressedPressure += decisions.Count(d => d.Outcome == RecipientOutcome.SuppressedPressure);
        campaign.LaunchCursor = candidates[^1].CustomerId;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await BulkInsert.InsertAsync(db, recipients, ct);
                await BulkInsert.InsertAsync(db, events, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            outboxSignal?.Notify();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Cancelled (or changed) meanwhile: nothing of this batch was decided, so its reservations are given back.
            foreach (var (recipient, _) in sent)
            {
                await pressure.ReleaseAsync(recipient.CustomerId, ContactIds.Of(campaign.Id, recipient.CustomerId), ct);
            }

            return true;
        }

        await delivery.DeliverAsync(campaign, sent.Select(s => composer.Compose(campaign, s.Candidate, s.Recipient.MessageId!.Value)).ToList(), ct);
        return true;
    }

    private async Task<List<(LaunchCandidate Candidate, RecipientOutcome Outcome)>> DecideAsync(Campaign campaign, List<LaunchCandidate> candidates, CancellationToken ct)
    {
        var allowed = candidates.Where(c => c.ChannelAllowed).ToList();
        var reserved = await pressure.TryReserveManyAsync(
            allowed.Select(c => new ContactRequest(c.CustomerId, ContactIds.Of(campaign.Id, c.CustomerId))).ToList(), transactional: false, ct);
        var outcomes = allowed.Select((c, i) => (c.CustomerId, Reserved: reserved[i])).ToDictionary(x => x.CustomerId, x => x.Reserved);
        return candidates.Select(c => (c,
            !c.ChannelAllowed ? RecipientOutcome.SuppressedNoConsent
            : outcomes[c.CustomerId] ? RecipientOutcome.Sent
            : RecipientOutcome.SuppressedPressure)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {CampaignId} completed: {Targeted} members decided, {Sent} sent")]
    private partial void LogCompleted(Guid campaignId, int targeted, int sent);
}
