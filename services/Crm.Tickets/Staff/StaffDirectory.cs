using System.Security.Claims;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Staff;

/// <summary>The names of staff members the desk has seen act (open, comment on, assign a ticket), by token subject.</summary>
public static class StaffDirectory
{
    public const string NameClaim = "name";

    /// <summary>The acting staff member's display name from their token, or null when it carries none.</summary>
    public static string? NameOf(ClaimsPrincipal user) => StaffDisplayName.FromClaim(user.FindFirst(NameClaim)?.Value);

    /// <summary>
    /// Remembers the acting staff member's name, after the change they made is saved. Best effort and in a save of its
    /// own: two first actions of one person at once both try to insert them, and the loser keeps the winner's row.
    /// </summary>
    public static async Task RememberAsync(TicketsDbContext db, ClaimsPrincipal user, DateTimeOffset now)
    {
        var id = user.Subject();
        var name = NameOf(user);
        if (id is not { Length: > 0 and <= 64 } || name is null)
        {
            return;
        }

        var member = await db.StaffMembers.FindAsync(id);
        if (member is null)
        {
            member = new StaffMember { Id = id, Name = name, SeenAt = now };
            db.StaffMembers.Add(member);
        }
        else if (member.Name != name)
        {
            (member.Name, member.SeenAt) = (name, now);
        }
        else
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.Entry(member).State = EntityState.Detached;
        }
    }

    /// <summary>Display names for the given staff ids; unknown ones are absent.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(TicketsDbContext db, IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.StaffMembers.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
    }
}
