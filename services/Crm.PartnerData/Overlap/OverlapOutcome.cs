namespace Crm.PartnerData.Overlap;

/// <summary>What became of an overlap query: an answer, a refusal as a near repeat, or a wait for the budget.</summary>
public sealed record OverlapOutcome(OverlapAnswer? Answer, bool NearRepeat, TimeSpan? BudgetWait)
{
    public static OverlapOutcome Answered(OverlapAnswer answer) => new(answer, false, null);
    public static readonly OverlapOutcome Repeats = new(null, true, null);
    public static OverlapOutcome Wait(TimeSpan wait) => new(null, false, wait);
}
