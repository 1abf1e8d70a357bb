using System.Globalization;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Desk;

/// <summary>
/// The human ticket numbers (<c>T-1001</c>, <c>T-1002</c>, …): one counter per service instance, taken from the highest
/// stored number at start-up. The unique index on the number refuses a duplicate should a second instance ever count too.
/// </summary>
public sealed class TicketNumbers
{
    public const long First = 1001;
    private const string Prefix = "T-";
    private long _last = First - 1;

    public async Task LoadAsync(TicketsDbContext db, CancellationToken ct = default)
    {
        var highest = await db.Tickets.AsNoTracking().MaxAsync(t => (long?)t.Number, ct) ?? First - 1;
        Interlocked.Exchange(ref _last, Math.Max(highest, First - 1));
    }

    public long Next() => Interlocked.Increment(ref _last);

    public static string Format(long number) => Prefix + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads <c>T-1042</c> (any case, surrounding blanks ignored); false for anything else.</summary>
    public static bool TryRead(string? text, out long number)
    {
        number = 0;
        var value = text?.Trim();
        return value is { Length: > 2 } && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(value.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
