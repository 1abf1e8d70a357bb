using System.Globalization;
using System.Text;

namespace Crm.BuildingBlocks.Text;

/// <summary>
/// Rules for short texts that people read on screens and in mail — names of people, companies, partners, segments and
/// campaigns: no control characters (NUL, tabs, line breaks), no bidirectional embeddings, overrides or isolates
/// (U+202A–U+202E, U+2066–U+2069: "Ana‮txt.exe" reads backwards), no unpaired surrogates, and at least one visible
/// character. Accepted text is stored in Unicode normalisation form C, trimmed, so "é" typed two ways is one name.
/// </summary>
public static class DisplayText
{
    public static TextProblem Check(string value)
    {
        var visible = false;
        for (var i = 0; i < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                return TextProblem.InvalidUnicode;
            }

            i += length;
            if (IsBidiControl(rune))
            {
                return TextProblem.BidiControl;
            }

            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control)
            {
                return TextProblem.ControlCharacter;
            }

            if ((rune.Value & 0xFFFE) == 0xFFFE)
            {
                return TextProblem.InvalidUnicode;
            }

            visible |= !IsInvisible(rune);
        }

        return visible ? TextProblem.None : TextProblem.OnlyInvisible;
    }

    /// <summary>NFC and trimmed; call only on text that passed <see cref="Check"/>.</summary>
    public static string Normalize(string value) => value.Normalize(NormalizationForm.FormC).Trim();

    public static string Explain(TextProblem problem) => problem switch
    {
        TextProblem.InvalidUnicode => "Contains characters that are not valid Unicode text.",
        TextProblem.ControlCharacter => "Contains control characters (such as NUL, tab or line breaks).",
        TextProblem.BidiControl => "Contains bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069).",
        TextProblem.OnlyInvisible => "Has no visible characters.",
        _ => "",
    };

    private static bool IsBidiControl(Rune rune) => rune.Value is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    /// <summary>Spaces, format characters (zero-width space and joiners, BOM, soft hyphen), lone combining marks and blank fillers.</summary>
    private static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x180E;
}
