namespace Crm.PartnerData.Overlap;

/// <summary>
/// The privacy of overlap answers. Each answered query spends <see cref="EpsilonPerQuery"/> of the partner's budget of
/// <see cref="DailyEpsilon"/> over any rolling 24 hours (defaults: ε = 0.5 a query, 3 a day, so six answered queries).
/// </summary>
public sealed class OverlapOptions
{
    public const string Section = "PartnerData:Overlap";

    /// <summary>A noisy count below this is answered as suppressed.</summary>
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>A submitted set with fewer distinct hashes is answered as suppressed, spending nothing.</summary>
    public int MinimumSetSize { get; set; } = 20;

    public double EpsilonPerQuery { get; set; } = 0.5;
    public double DailyEpsilon { get; set; } = 3.0;

    /// <summary>A set must differ from each of the partner's remembered sets by at least this many hashes.</summary>
    public int MinimumDifference { get; set; } = 10;

    /// <summary>How long a partner's query sets are remembered for the difference check.</summary>
    public int RememberDays { get; set; } = 30;

    public int MaxHashes { get; set; } = 10_000;
}
