using System.Collections.Concurrent;
using System.Text.Json;
using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Segments;

/// <summary>Parsed rule trees by segment id. Rules never change after creation, so a parsed tree is valid forever.</summary>
public sealed class SegmentRuleCache
{
    private readonly ConcurrentDictionary<Guid, SegmentRule> _rules = new();

    public SegmentRule Get(Segment segment) => _rules.GetOrAdd(segment.Id, _ => Parse(segment.RulesJson));

    public async Task<IReadOnlyList<(Guid SegmentId, SegmentRule Rule)>> AllAsync(CampaignsDbContext db, CancellationToken ct)
    {
        var ids = await db.Segments.AsNoTracking().Select(s => s.Id).ToListAsync(ct);
        var missing = ids.Where(id => !_rules.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var s in await db.Segments.AsNoTracking().Where(s => missing.Contains(s.Id)).ToListAsync(ct))
            {
                Get(s);
            }
        }

        return ids.Where(_rules.ContainsKey).Select(id => (id, _rules[id])).ToList();
    }

    public static SegmentRule Parse(string rulesJson)
    {
        using var document = JsonDocument.Parse(rulesJson);
        return RuleParser.Parse(document.RootElement, new ValidationErrors())
            ?? throw new InvalidOperationException("A stored segment has rules that no longer parse.");
    }
}
