using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Tickets.Desk;

/// <summary>Who handles a new ticket: the customer's account owner, else the agent of the team with the fewest open tickets.</summary>
public sealed class Assignment(IOptionsMonitor<TeamOptions> options)
{
    public async Task<string?> ChooseAsync(TicketsDbContext db, string? accountOwnerId, CancellationToken ct = default)
    {
        if (!string.IsNullOrEmpty(accountOwnerId))
        {
            return accountOwnerId;
        }

        var teams = options.CurrentValue;
        if (!teams.Teams.TryGetValue(teams.DefaultTeam, out var agents) || agents.Count == 0)
        {
            return null;
        }

        var load = await db.Tickets.Where(t => t.AssigneeId != null && agents.Contains(t.AssigneeId) && t.Status != TicketStatus.Resolved && t.Status != TicketStatus.Closed)
            .GroupBy(t => t.AssigneeId!).Select(g => new { Agent = g.Key, Open = g.Count() }).ToDictionaryAsync(g => g.Agent, g => g.Open, ct);
        return agents.OrderBy(a => load.GetValueOrDefault(a)).ThenBy(a => a, StringComparer.Ordinal).First();
    }
}
