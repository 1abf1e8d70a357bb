using System.Security.Cryptography;
using System.Text;
using Crm.PartnerData.Overlap;
using CsCheck;

namespace Crm.UnitTests.PartnerData;

public sealed class QuerySetFingerprintTests
{
    private static string Hash(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email)));

    private static List<string> Emails(string prefix, int count) => Enumerable.Range(0, count).Select(i => Hash($"{prefix}.{i}@example.com")).ToList();

    [Fact]
    public void Four_known_customers_padded_with_strangers_with_and_without_one_email_nearly_repeat()
    {
        var padded = Emails("known", 4).Concat(Emails("stranger", 16)).ToList();
        var withX = QuerySetFingerprint.Of(padded.Append(Hash("x@example.com")));
        var withoutX = QuerySetFingerprint.Of(padded);

        Assert.Equal(1, QuerySetFingerprint.Difference(withX, withoutX));
        Assert.True(QuerySetFingerprint.NearlyRepeats(withoutX, [withX], minimumDifference: 10));
    }

    [Fact]
    public void Sets_that_differ_by_at_least_the_minimum_are_not_repeats()
    {
        var earlier = QuerySetFingerprint.Of(Emails("a", 30));
        var later = QuerySetFingerprint.Of(Emails("a", 25).Concat(Emails("b", 5)));

        Assert.Equal(10, QuerySetFingerprint.Difference(earlier, later));
        Assert.False(QuerySetFingerprint.NearlyRepeats(later, [earlier], minimumDifference: 10));
    }

    [Fact]
    public void The_difference_is_the_size_of_the_symmetric_difference_whatever_the_order_and_duplicates()
    {
        Gen.Select(Gen.Int[0, 60].HashSet[0, 40], Gen.Int[0, 60].HashSet[0, 40]).Sample((a, b) =>
        {
            var fa = QuerySetFingerprint.Of(a.Concat(a).Select(i => Hash(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var fb = QuerySetFingerprint.Of(b.Reverse().Select(i => Hash(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return QuerySetFingerprint.Difference(fa, fb) == a.Except(b).Count() + b.Except(a).Count()
                && QuerySetFingerprint.Count(fa) == a.Count;
        });
    }
}
