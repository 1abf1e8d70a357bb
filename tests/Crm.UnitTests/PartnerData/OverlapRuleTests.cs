using Crm.PartnerData.Overlap;
using CsCheck;

namespace Crm.UnitTests.PartnerData;

public sealed class OverlapRuleTests
{
    private static readonly OverlapRule Rule = new(0.5, minimumGroupSize: 5, minimumSetSize: 20, new GeometricNoise());

    [Fact]
    public void A_set_smaller_than_the_minimum_is_suppressed_whatever_it_matches()
    {
        Gen.Int[0, 19].Sample(submitted => Rule.Answer(submitted, submitted) == OverlapAnswer.Withheld && !Rule.Answers(submitted));
    }

    [Fact]
    public void Answers_are_never_negative_and_never_below_the_minimum_group_size()
    {
        Gen.Int[0, 100].Sample(intersection =>
        {
            var answer = Rule.Answer(intersection, 100);
            return answer.Suppressed ? answer.Overlap is null : answer.Overlap >= 5;
        }, iter: 10_000);
    }

    [Fact]
    public void Large_overlaps_are_reported_close_to_the_truth()
    {
        var answers = Enumerable.Range(0, 2_000).Select(_ => Rule.Answer(1_000, 5_000).Overlap!.Value).ToList();

        Assert.InRange(answers.Average(), 999.5, 1_000.5);
        Assert.True(answers.Count(a => Math.Abs(a - 1_000) <= 8) > 1_950, "about 98.6% of answers lie within ±8 of the truth for ε = 0.5");
    }
}
