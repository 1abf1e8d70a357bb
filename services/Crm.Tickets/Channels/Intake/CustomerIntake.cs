using Crm.BuildingBlocks.Text;
using Crm.Contracts.Tickets;
using Crm.Tickets.Customers;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Channels.Intake;

/// <summary>
/// Who wrote in: the customer the desk knows by that email, else a new <c>lead</c> — the desk gives it its id at once and
/// the customers service records it from <see cref="LeadCaptured"/> (the desk never writes the customers' data itself).
/// </summary>
public static class CustomerIntake
{
    public static async Task<DirectoryCustomer> FindOrCaptureAsync(TicketsDbContext db, string email, string? name, string source, DateTimeOffset now, CancellationToken ct)
    {
        var normalized = DirectoryCustomer.NormalizeEmail(email);
        var known = db.Customers.Local.FirstOrDefault(c => c.Email == normalized && !c.Erased)
            ?? await db.Customers.FirstOrDefaultAsync(c => c.Email == normalized && !c.Erased, ct);
        if (known is not null)
        {
            return known;
        }

        var (first, last) = SplitName(name, normalized);
        var lead = new DirectoryCustomer { CustomerId = Guid.CreateVersion7(), FirstName = first, LastName = last, Email = normalized };
        db.Customers.Add(lead);
        db.Publish(new LeadCaptured(lead.CustomerId, normalized, first, last, source, now), now);
        return lead;
    }

    /// <summary>"Ada Lovelace" → (Ada, Lovelace); one word is both names; none takes the address's local part.</summary>
    public static (string First, string Last) SplitName(string? name, string email)
    {
        var clean = DisplayText.Normalize(name ?? "");
        var parts = clean.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fallback = email.Split('@')[0];
        var (first, last) = parts.Length switch
        {
            2 => (parts[0], parts[1]),
            1 => (parts[0], parts[0]),
            _ => (fallback, fallback),
        };
        return (Cut(first), Cut(last));
    }

    private static string Cut(string text) => text.Length <= 100 ? text : text[..100];
}
