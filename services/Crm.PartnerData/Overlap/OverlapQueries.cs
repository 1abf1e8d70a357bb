using Crm.PartnerData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.PartnerData.Overlap;

/// <summary>
/// Answers a partner's overlap query: too small a set is suppressed without looking at the data; a set that nearly
/// repeats one of the partner's remembered sets is refused; otherwise the query spends ε of the partner's daily budget
/// and gets a noisy count. Budget check, recorded query and ledger version commit together.
/// </summary>
public sealed class OverlapQueries(PartnerDataDbContext db, TimeProvider time, IOptions<OverlapOptions> options, GeometricNoise noise)
{
    private const int Attempts = 5;

    public async Task<OverlapOutcome> AskAsync(Guid partnerId, IReadOnlyCollection<string> distinctHashes)
    {
        var settings = options.Value;
        var rule = OverlapRule.From(settings, noise);
        if (!rule.Answers(distinctHashes.Count))
        {
            return OverlapOutcome.Answered(OverlapAnswer.Withheld);
        }

        var fingerprint = QuerySetFingerprint.Of(distinctHashes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AskOnceAsync(partnerId, distinctHashes, fingerprint, rule, settings);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 10 << attempt));
            }
        }
    }

    private async Task<OverlapOutcome> AskOnceAsync(Guid partnerId, IReadOnlyCollection<string> hashes, byte[] fingerprint, OverlapRule rule, OverlapOptions settings)
    {
        var now = time.GetUtcNow();
        var ledger = await db.OverlapLedgers.FindAsync(partnerId);
        if (ledger is null)
        {
            ledger = new OverlapLedger { PartnerId = partnerId };
            db.OverlapLedgers.Add(ledger);
        }

        var remembered = now.AddDays(-settings.RememberDays);
        var size = QuerySetFingerprint.Count(fingerprint);
        var similar = await db.OverlapQueries.AsNoTracking()
            .Where(q => q.PartnerId == partnerId && q.At > remembered && q.Submitted > size - settings.MinimumDifference && q.Submitted < size + settings.MinimumDifference)
            .Select(q => q.Fingerprint).ToListAsync();
        if (QuerySetFingerprint.NearlyRepeats(fingerprint, similar, settings.MinimumDifference))
        {
            return OverlapOutcome.Repeats;
        }

        var budget = new PrivacyBudget(settings.DailyEpsilon, TimeSpan.FromDays(1));
        var since = now - budget.Window;
        var spent = (await db.OverlapQueries.AsNoTracking().Where(q => q.PartnerId == partnerId && q.At > since)
            .Select(q => new { q.At, q.Epsilon }).ToListAsync()).Select(q => (q.At, q.Epsilon)).ToList();
        if (budget.WaitBeforeSpending(rule.Epsilon, spent, now) is { } wait)
        {
            return OverlapOutcome.Wait(wait);
        }

        var intersection = 0;
        foreach (var chunk in hashes.Chunk(500))
        {
            intersection += await db.Customers.CountAsync(c => c.PartnerSharingConsent && !c.Erased && chunk.Contains(c.HashedEmail));
        }

        ledger.Version++;
        db.OverlapQueries.Add(new OverlapQuery { Id = Guid.CreateVersion7(), PartnerId = partnerId, Submitted = size, At = now, Epsilon = rule.Epsilon, Fingerprint = fingerprint });
        await db.SaveChangesAsync();
        return OverlapOutcome.Answered(rule.Answer(intersection, hashes.Count));
    }
}
