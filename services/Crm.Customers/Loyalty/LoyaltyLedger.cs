using Crm.Contracts.Customers;
using Crm.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Loyalty;

/// <summary>Reads a customer's account and ledger, and appends to it with the <see cref="LoyaltyChanged"/> event.</summary>
public sealed class LoyaltyLedger(CustomersDbContext db, LoyaltyAccount account, List<LoyaltyEntry> entries)
{
    public LoyaltyAccount Account => account;

    public IReadOnlyList<LoyaltyEntry> Entries => entries;

    public static async Task<LoyaltyLedger> LoadAsync(CustomersDbContext db, Guid customerId, CancellationToken ct = default)
    {
        // A batch of inbox deliveries shares one context: an account or line added by an earlier delivery is not saved yet.
        var account = db.Set<LoyaltyAccount>().Local.FirstOrDefault(a => a.CustomerId == customerId)
            ?? await db.Set<LoyaltyAccount>().FirstOrDefaultAsync(a => a.CustomerId == customerId, ct);
        if (account is null)
        {
            account = new LoyaltyAccount { CustomerId = customerId };
            db.Add(account);
        }

        var entries = await db.Set<LoyaltyEntry>().AsNoTracking().Where(e => e.CustomerId == customerId).ToListAsync(ct);
        entries.AddRange(db.Set<LoyaltyEntry>().Local.Where(e => e.CustomerId == customerId && entries.All(saved => saved.Id != e.Id)));
        return new LoyaltyLedger(db, account, entries);
    }

    public LoyaltyStatement Statement(DateTimeOffset now) => LoyaltyRules.Evaluate(entries, now);

    public bool Has(LoyaltyEntryKind kind, string refId) => entries.Any(e => e.Kind == kind && e.RefId == refId);

    /// <summary>Appends a line, and tells the other services the new balance and tier.</summary>
    public LoyaltyEntry Append(LoyaltyEntryKind kind, int points, string reason, string? refId, DateTimeOffset now, string? recordedBy = null)
    {
        var entry = account.Append(kind, points, reason, refId, now, recordedBy);
        entries.Add(entry);
        db.Add(entry);
        var statement = Statement(now);
        db.Publish(new LoyaltyChanged(account.CustomerId, statement.Points, statement.Tier, statement.PointsLast12Months, now), now);
        return entry;
    }
}
