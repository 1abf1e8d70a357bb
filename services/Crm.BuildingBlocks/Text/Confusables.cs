using System.Globalization;
using System.Text;

namespace Crm.BuildingBlocks.Text;

/// <summary>
/// A skeleton of a text in the spirit of Unicode TS #39: two strings with the same skeleton look alike
/// ("аna@example.com" with a Cyrillic а and "ana@example.com"). Scope, kept compact on purpose: compatibility
/// normalisation (NFKC: full-width letters, ligatures, mathematical letters), the Cyrillic and Greek letters that look
/// like Latin ones in common fonts, the dotless i, and invisible format characters dropped; then lower case. It is not
/// the full confusables.txt (no Cherokee, Armenian or symbol look-alikes, no digit/letter pairs such as 0/o or 1/l).
/// Plain ASCII is its own skeleton once lower-cased.
/// </summary>
public static class Confusables
{
    private static readonly Dictionary<char, char> ToLatin = Table(
        // Cyrillic
        ("аАеЕоОрРсСхХуУіІјЈѕЅһԁԛԝүӏВКМНТ", "aAeEoOpPcCxXyYiIjJsShdqwylBKMHT"),
        // Greek
        ("αΑοΟρΡνιΙκΚυΥχΧγΒΕΖΗΜΝΤ", "aAoOpPviIkKuYxXyBEZHMNT"),
        // Latin look-alikes outside ASCII
        ("ıɑɡ", "iag"));

    public static string Skeleton(string value)
    {
        if (DisplayText.Check(value) == TextProblem.InvalidUnicode)
        {
            return value.ToLowerInvariant();
        }

        var folded = value.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(ToLatin.TryGetValue(c, out var latin) ? latin : c);
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>True when the two look alike but are not the same text.</summary>
    public static bool LookAlike(string a, string b) =>
        !string.Equals(a, b, StringComparison.OrdinalIgnoreCase) && Skeleton(a) == Skeleton(b);

    private static Dictionary<char, char> Table(params (string From, string To)[] rows)
    {
        var table = new Dictionary<char, char>();
        foreach (var (from, to) in rows)
        {
            for (var i = 0; i < from.Length; i++)
            {
                table[from[i]] = to[i];
            }
        }

        return table;
    }
}
