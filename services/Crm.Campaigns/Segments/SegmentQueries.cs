using Crm.Campaigns.Data;
using Crm.Campaigns.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Segments;

/// <summary>Segment questions answered in SQL: preview (count and sample) and the initial membership of a new segment.</summary>
public static class SegmentQueries
{
    public static async Task<SegmentPreview> PreviewAsync(CampaignsDbContext db, SegmentRule rule, DateTimeOffset now, CancellationToken ct)
    {
        var matching = RuleQuery.Matching(db, rule, now);
        var count = await matching.CountAsync(ct);
        // Any few members will do: unordered, the scan stops at the first matches instead of sorting them all.
        var sample = await matching
            .Select(m => new SegmentSampleMember(m.CustomerId, m.FirstName, m.LastName, m.LifecycleStage, m.City, m.Country))
            .Take(SegmentLimits.SampleSize)
            .ToListAsync(ct);
        return new SegmentPreview(count, sample, now);
    }

    /// <summary>Writes the members of a new segment, page by page, in the caller's transaction; events keep them current afterwards.</summary>
    public static async Task<int> PopulateAsync(CampaignsDbContext db, Guid segmentId, SegmentRule rule, DateTimeOffset now, CancellationToken ct)
    {
        const int pageSize = 5000;
        var total = 0;
        Guid? after = null;
        while (true)
        {
            var query = RuleQuery.Matching(db, rule, now);
            if (after is { } last)
            {
                query = query.Where(m => m.CustomerId.CompareTo(last) > 0);
            }

            var ids = await query.OrderBy(m => m.CustomerId).Select(m => m.CustomerId).Take(pageSize).ToListAsync(ct);
            db.SegmentMembers.AddRange(ids.Select(id => new SegmentMember { SegmentId = segmentId, CustomerId = id, Since = now }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += ids.Count;
            if (ids.Count < pageSize)
            {
                return total;
            }

            after = ids[^1];
        }
    }
}
