using System.Text;
using Crm.BuildingBlocks.Text;
using CsCheck;

namespace Crm.UnitTests.BuildingBlocks.Text;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("Ana", TextProblem.None)]
    [InlineData("José Ñúñez-O'Brien", TextProblem.None)]
    [InlineData("محمد", TextProblem.None)]
    [InlineData("李小龍", TextProblem.None)]
    [InlineData("Ana\u0000", TextProblem.ControlCharacter)]
    [InlineData("Ana\nBell", TextProblem.ControlCharacter)]
    [InlineData("Ana\tBell", TextProblem.ControlCharacter)]
    [InlineData("Ana\u007F", TextProblem.ControlCharacter)]
    [InlineData("Ana\u0085", TextProblem.ControlCharacter)]
    [InlineData("Ana\u202Etxt.exe", TextProblem.BidiControl)]
    [InlineData("\u202AAna", TextProblem.BidiControl)]
    [InlineData("Ana\u2066x\u2069", TextProblem.BidiControl)]
    [InlineData("\u200B", TextProblem.OnlyInvisible)]
    [InlineData("\u200B\u200C\u200D\uFEFF", TextProblem.OnlyInvisible)]
    [InlineData(" \u3164 ", TextProblem.OnlyInvisible)]
    [InlineData("\u0301", TextProblem.OnlyInvisible)]
    [InlineData("\u00AD\u2800", TextProblem.OnlyInvisible)]
    [InlineData("Ana\uFFFF", TextProblem.InvalidUnicode)]
    public void Names_with_control_bidi_or_only_invisible_characters_are_refused(string value, TextProblem expected)
    {
        Assert.Equal(expected, DisplayText.Check(value));
        Assert.Equal(expected == TextProblem.None, DisplayText.Explain(expected).Length == 0);
    }

    [Fact]
    public void A_lone_surrogate_is_not_text()
    {
        Assert.Equal(TextProblem.InvalidUnicode, DisplayText.Check("Ana" + (char)0xD800));
        Assert.Equal(TextProblem.InvalidUnicode, DisplayText.Check((char)0xDC00 + "Ana"));
        Assert.Equal(TextProblem.None, DisplayText.Check("Ana \U0001F600"));
    }

    [Fact]
    public void A_name_typed_with_a_combining_accent_is_stored_as_the_composed_letter()
    {
        var decomposed = "Jose\u0301 ";

        Assert.Equal(TextProblem.None, DisplayText.Check(decomposed));
        Assert.Equal("José", DisplayText.Normalize(decomposed));
        Assert.Equal(DisplayText.Normalize("José"), DisplayText.Normalize(decomposed));
    }

    [Fact]
    public void Every_accepted_text_normalises_to_nfc_without_throwing()
    {
        Gen.String.Sample(value =>
        {
            if (DisplayText.Check(value) != TextProblem.None)
            {
                return true;
            }

            var normalized = DisplayText.Normalize(value);
            return normalized.IsNormalized(NormalizationForm.FormC) && normalized == normalized.Trim();
        }, iter: 5_000);
    }
}
