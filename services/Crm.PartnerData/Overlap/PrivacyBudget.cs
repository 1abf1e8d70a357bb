namespace Crm.PartnerData.Overlap;

/// <summary>
/// A partner's differential-privacy budget over a rolling window: the ε of every answered query adds up (sequential
/// composition), and a query that would take the window's sum above the budget is refused until enough of it has aged
/// out of the window.
/// </summary>
public sealed class PrivacyBudget(double budget, TimeSpan window)
{
    private const double Rounding = 1e-9;

    public TimeSpan Window => window;

    /// <summary>Null when <paramref name="epsilon"/> may be spent now; else how long until it may.</summary>
    public TimeSpan? WaitBeforeSpending(double epsilon, IReadOnlyList<(DateTimeOffset At, double Epsilon)> spent, DateTimeOffset now)
    {
        if (epsilon > budget + Rounding)
        {
            return window;
        }

        var inWindow = spent.Where(s => s.At > now - window).OrderBy(s => s.At).ToList();
        var total = inWindow.Sum(s => s.Epsilon);
        if (total + epsilon <= budget + Rounding)
        {
            return null;
        }

        foreach (var (at, amount) in inWindow)
        {
            total -= amount;
            if (total + epsilon <= budget + Rounding)
            {
                return at + window - now;
            }
        }

        return window;
    }
}
