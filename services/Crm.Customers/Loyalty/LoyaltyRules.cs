using Crm.BuildingBlocks.Rules;

namespace Crm.Customers.Loyalty;

/// <summary>A line of the statement: a ledger line, or points that expired unused.</summary>
public sealed record LedgerLine(DateTimeOffset At, int Points, string Reason, string? RefId);

public sealed record LoyaltyStatement(int Points, string Tier, string? NextTier, int? PointsToNextTier, int PointsLast12Months, IReadOnlyList<LedgerLine> Expired);

/// <summary>
/// The programme: 1 point per whole currency unit paid; 100 points are worth 1 currency unit on an order, for at most
/// half of it; tiers by points earned over the rolling last 12 months; points expire 24 months after they were earned,
/// unless used before (the oldest points are used first).
/// </summary>
public static class LoyaltyRules
{
    public const decimal PointValue = 0.01m;
    public const decimal MaxRedeemedShare = 0.5m;
    public const int MaxAdjustment = 1_000_000;
    public static readonly IReadOnlyList<(string Name, int From)> Tiers = [("bronze", 0), ("silver", 500), ("gold", 2_000), ("platinum", 5_000)];

    public static int EarnedFor(decimal paid) => paid <= 0 ? 0 : (int)Math.Floor(paid);

    public static DateTimeOffset ExpiryOf(DateTimeOffset earnedAt) => earnedAt.AddMonths(24);

    public static LoyaltyStatement Evaluate(IEnumerable<LoyaltyEntry> ledger, DateTimeOffset now)
    {
        var entries = ledger.Where(e => e.At <= now).OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        var lots = new List<Lot>();
        var expired = new List<LedgerLine>();
        foreach (var entry in entries)
        {
            Expire(lots, entry.At, expired);
            if (entry.Points > 0)
            {
                lots.Add(new Lot(entry.Id, ExpiryOf(entry.At), entry.Points));
            }
            else
            {
                Use(lots, -entry.Points);
            }
        }

        Expire(lots, now, expired);
        var yearAgo = now.AddMonths(-12);
        var recent = entries.Where(e => e.Points > 0 && e.Kind != LoyaltyEntryKind.Redeemed && e.At > yearAgo).Sum(e => e.Points);
        var (tier, next) = TierFor(recent);
        return new LoyaltyStatement(lots.Sum(l => l.Left), tier, next?.Name, next is { } n ? n.From - recent : null, recent, expired);
    }

    public static (string Tier, (string Name, int From)? Next) TierFor(int pointsLast12Months)
    {
        var index = Tiers.Count - 1;
        while (Tiers[index].From > pointsLast12Months)
        {
            index--;
        }

        return (Tiers[index].Name, index + 1 < Tiers.Count ? Tiers[index + 1] : null);
    }

    /// <summary>Whether <paramref name="points"/> may be redeemed on an order of <paramref name="subtotal"/>.</summary>
    public static Outcome CanRedeem(int points, int balance, decimal subtotal)
    {
        if (points <= 0)
        {
            return Outcome.Refused("Redeem a positive number of points.");
        }

        if (points > balance)
        {
            return Outcome.Refused($"Only {balance} points are available.");
        }

        return points * PointValue > subtotal * MaxRedeemedShare
            ? Outcome.Refused($"Points pay for at most half of an order: at most {MaxRedeemable(subtotal)} points on this one.")
            : Outcome.Changed;
    }

    public static int MaxRedeemable(decimal subtotal) => (int)Math.Floor(subtotal * MaxRedeemedShare / PointValue);

    /// <summary>Whether staff may add (positive) or take away (negative) these points, given the balance.</summary>
    public static Outcome CanAdjust(int points, int balance, string? reason)
    {
        if (points == 0 || Math.Abs(points) > MaxAdjustment)
        {
            return Outcome.Refused($"An adjustment adds or takes away between 1 and {MaxAdjustment} points.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused("An adjustment needs a reason.");
        }

        return points < 0 && -points > balance ? Outcome.Refused($"Only {balance} points are available to take away.") : Outcome.Changed;
    }

    private static void Expire(List<Lot> lots, DateTimeOffset at, List<LedgerLine> expired)
    {
        foreach (var lot in lots.Where(l => l.ExpiresAt <= at && l.Left > 0))
        {
            expired.Add(new LedgerLine(lot.ExpiresAt, -lot.Left, "expired", lot.EntryId.ToString()));
            lot.Left = 0;
        }

        lots.RemoveAll(l => l.Left == 0);
    }

    private static void Use(List<Lot> lots, int points)
    {
        foreach (var lot in lots)
        {
            var used = Math.Min(lot.Left, points);
            lot.Left -= used;
            points -= used;
            if (points == 0)
            {
                break;
            }
        }

        lots.RemoveAll(l => l.Left == 0);
    }

    private sealed class Lot(Guid entryId, DateTimeOffset expiresAt, int left)
    {
        public Guid EntryId { get; } = entryId;
        public DateTimeOffset ExpiresAt { get; } = expiresAt;
        public int Left { get; set; } = left;
    }
}
