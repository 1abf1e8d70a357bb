using Crm.PartnerData.Overlap;

namespace Crm.UnitTests.PartnerData;

/// <summary>
/// The differencing attack on the overlap answer, run against the real rule and noise: a partner knows four of our
/// consenting customers, pads the set to the minimum size with strangers, adds one email X and asks. The true count is
/// 5 when X is our customer and 4 when not; every answer must be at most e^ε likelier one way than the other.
/// </summary>
public sealed class OverlapDifferencingAttackTests
{
    private const double Epsilon = 0.5;
    private const int Samples = 200_000;
    private static readonly GeometricNoise Noise = new();

    private static Dictionary<int, int> Answers(OverlapRule rule, int intersection, int samples)
    {
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < samples; i++)
        {
            var key = rule.Answer(intersection, submitted: 21).Overlap ?? -1; // -1: suppressed
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>
    /// Every answer seen at least 500 times one way must be seen the other way too, with |ln(p_member / p_non-member)|
    /// within ε plus five standard errors of the empirical log ratio. Returns the answers that break it.
    /// </summary>
    private static List<string> Violations(Dictionary<int, int> member, Dictionary<int, int> nonMember, double epsilon)
    {
        var violations = new List<string>();
        foreach (var answer in member.Keys.Union(nonMember.Keys))
        {
            var a = member.GetValueOrDefault(answer);
            var b = nonMember.GetValueOrDefault(answer);
            if (Math.Max(a, b) < 500)
            {
                continue;
            }

            if (a == 0 || b == 0)
            {
                violations.Add($"answer {answer}: {a} vs {b}");
                continue;
            }

            var logRatio = Math.Log((double)a / b);
            var tolerance = 5 * Math.Sqrt(1.0 / a + 1.0 / b);
            if (Math.Abs(logRatio) > epsilon + tolerance)
            {
                violations.Add($"answer {answer}: ratio {Math.Exp(logRatio):F3} > e^{epsilon}");
            }
        }

        return violations;
    }

    [Fact]
    public void A_member_and_a_non_member_get_every_answer_with_probabilities_within_e_to_the_epsilon()
    {
        var rule = new OverlapRule(Epsilon, minimumGroupSize: 5, minimumSetSize: 20, Noise);

        var member = Answers(rule, intersection: 5, Samples);
        var nonMember = Answers(rule, intersection: 4, Samples);

        Assert.Empty(Violations(member, nonMember, Epsilon));
        Assert.True(member.Count > 5, "the answers spread over many values, not one");
    }

    [Fact]
    public void The_best_guess_of_membership_is_right_no_more_often_than_e_to_the_epsilon_over_one_plus_e_to_the_epsilon()
    {
        var rule = new OverlapRule(Epsilon, minimumGroupSize: 5, minimumSetSize: 20, Noise);
        var right = 0;
        for (var i = 0; i < Samples; i++)
        {
            var isMember = (i & 1) == 0;
            var answer = rule.Answer(isMember ? 5 : 4, submitted: 21);
            var guessMember = !answer.Suppressed; // the attack: "answered" means X is a customer
            right += guessMember == isMember ? 1 : 0;
        }

        var bound = Math.Exp(Epsilon) / (1 + Math.Exp(Epsilon)); // 0.622 for ε = 0.5
        Assert.InRange((double)right / Samples, 0.5 - 0.01, bound + 0.006);
    }

    [Fact]
    public void The_check_catches_a_mechanism_weaker_than_the_epsilon_it_claims()
    {
        var weak = new OverlapRule(epsilon: 2.0, minimumGroupSize: 5, minimumSetSize: 20, Noise);
        var nearlyExact = new OverlapRule(epsilon: 40, minimumGroupSize: 5, minimumSetSize: 20, Noise);

        Assert.NotEmpty(Violations(Answers(weak, 5, Samples / 4), Answers(weak, 4, Samples / 4), Epsilon));
        Assert.NotEmpty(Violations(Answers(nearlyExact, 5, 5_000), Answers(nearlyExact, 4, 5_000), Epsilon));
    }

    [Fact]
    public void The_noise_is_the_two_sided_geometric_distribution_of_its_epsilon()
    {
        var alpha = Math.Exp(-Epsilon);
        var draws = Enumerable.Range(0, Samples).Select(_ => Noise.Sample(Epsilon)).ToList();

        Assert.InRange(draws.Average(), -0.05, 0.05);
        for (var k = -3; k <= 3; k++)
        {
            var expected = (1 - alpha) / (1 + alpha) * Math.Pow(alpha, Math.Abs(k));
            var observed = draws.Count(d => d == k) / (double)Samples;
            Assert.InRange(observed, expected - 0.005, expected + 0.005);
        }
    }
}
