using Crm.Campaigns.Customers;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Segments;

/// <summary>
/// Keeps the membership table current as events arrive: whenever a customer's read model changes, their memberships
/// are re-evaluated against every segment in the same transaction as the change.
/// </summary>
public sealed class SegmentMembership(SegmentRuleCache rules, TimeProvider time)
{
    public async Task RefreshAsync(CampaignsDbContext db, AudienceMember member, CancellationToken ct)
    {
        var current = await db.SegmentMembers.Where(s => s.CustomerId == member.CustomerId).ToListAsync(ct);
        if (!member.IsTargetable)
        {
            db.SegmentMembers.RemoveRange(current);
            return;
        }

        var now = time.GetUtcNow();
        var profile = AudienceProfile.From(member);
        var inSegment = current.ToDictionary(s => s.SegmentId);
        foreach (var (segmentId, rule) in await rules.AllAsync(db, ct))
        {
            var matches = RuleEvaluator.Matches(rule, profile, now);
            if (matches && !inSegment.ContainsKey(segmentId))
            {
                db.SegmentMembers.Add(new SegmentMember { SegmentId = segmentId, CustomerId = member.CustomerId, Since = now });
            }
            else if (!matches && inSegment.TryGetValue(segmentId, out var stale))
            {
                db.SegmentMembers.Remove(stale);
            }
        }
    }
}
