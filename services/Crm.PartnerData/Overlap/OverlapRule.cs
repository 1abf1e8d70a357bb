namespace Crm.PartnerData.Overlap;

/// <summary>
/// The answer to "how many of these hashed emails are consenting customers of yours", safe against membership
/// inference: the true count gets two-sided geometric noise of <paramref name="epsilon"/>, and what follows only
/// post-processes the noisy count (never the true one), so it keeps the ε guarantee — a noisy count below the minimum
/// group size is suppressed, and a set smaller than the minimum set size is suppressed without looking at the data.
/// </summary>
public sealed class OverlapRule(double epsilon, int minimumGroupSize, int minimumSetSize, GeometricNoise noise)
{
    public double Epsilon => epsilon;

    /// <summary>Whether the set is large enough to be answered at all (and so to spend budget).</summary>
    public bool Answers(int submitted) => submitted >= minimumSetSize;

    public OverlapAnswer Answer(int intersection, int submitted)
    {
        if (!Answers(submitted))
        {
            return OverlapAnswer.Withheld;
        }

        var noisy = Math.Max(0, intersection + noise.Sample(epsilon));
        return noisy < minimumGroupSize ? OverlapAnswer.Withheld : new OverlapAnswer(noisy, false);
    }

    public static OverlapRule From(OverlapOptions options, GeometricNoise noise) =>
        new(options.EpsilonPerQuery, options.MinimumGroupSize, options.MinimumSetSize, noise);
}
