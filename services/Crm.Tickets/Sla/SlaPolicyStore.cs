using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Sla;

/// <summary>
/// The SLA targets in force: the admins' policies from the database (seeded from configuration on first start),
/// refreshed by every scan so that all instances follow an edit.
/// </summary>
public sealed class SlaPolicyStore(IReadOnlyDictionary<string, SlaTargets> defaults)
{
    private volatile IReadOnlyDictionary<string, SlaTargets> _targets = new Dictionary<string, SlaTargets>(defaults, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, SlaTargets> Targets => _targets;

    public async Task LoadAsync(TicketsDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        var stored = await db.SlaPolicies.AsNoTracking().ToListAsync(ct);
        if (stored.Count == 0)
        {
            var now = time.GetUtcNow();
            db.SlaPolicies.AddRange(_targets.Select(t => new SlaPolicy
            {
                Priority = t.Key.ToLowerInvariant(), FirstResponseMinutes = (int)t.Value.FirstResponse.TotalMinutes,
                NextReplyMinutes = (int)t.Value.NextReply.TotalMinutes, ResolutionMinutes = (int)t.Value.Resolution.TotalMinutes, UpdatedAt = now, UpdatedBy = "configuration",
            }));
            await db.SaveChangesAsync(ct);
            return;
        }

        _targets = stored.ToDictionary(p => p.Priority, p => p.ToTargets(), StringComparer.OrdinalIgnoreCase);
    }
}
