using System.Security.Claims;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Staff;

/// <summary>The names of staff members the desk has seen act (comment, assign, change a ticket), by token subject.</summary>
public static class StaffDirectory
{
    public const string NameClaim = "name";

    /// <summary>Records the acting staff member's name (saved with the caller's change); returns it, or null when the token has none.</summary>
    public static async Task<string?> NoteAsync(TicketsDbContext db, ClaimsPrincipal user, DateTimeOffset now)
    {
        var id = user.Subject();
        var name = StaffDisplayName.FromClaim(user.FindFirst(NameClaim)?.Value);
        if (id is not { Length: > 0 and <= 64 } || name is null)
        {
            return name;
        }

        var member = await db.StaffMembers.FindAsync(id);
        if (member is null)
        {
            db.StaffMembers.Add(new StaffMember { Id = id, Name = name, SeenAt = now });
        }
        else if (member.Name != name)
        {
            (member.Name, member.SeenAt) = (name, now);
        }

        return name;
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
