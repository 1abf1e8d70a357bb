using Crm.BuildingBlocks.Text;

namespace Crm.UnitTests.BuildingBlocks.Text;

public sealed class ConfusablesTests
{
    [Theory]
    [InlineData("\u0430na@example.com", "ana@example.com")] // Cyrillic а
    [InlineData("ana@ex\u0430mple.com", "ana@example.com")]
    [InlineData("j\u043Ehn@example.com", "john@example.com")] // Cyrillic о
    [InlineData("\u0440aul@example.com", "paul@example.com")] // Cyrillic р
    [InlineData("p\u03BFlly@example.com", "polly@example.com")] // Greek ο
    [InlineData("\u041C\u0410RIA@example.com", "maria@example.com")] // Cyrillic М and А, upper case
    [InlineData("\uFF41na@example.com", "ana@example.com")] // full-width a
    [InlineData("an\u200Ba@example.com", "ana@example.com")] // zero-width space
    [InlineData("\u0131nes@example.com", "ines@example.com")] // dotless i
    public void Look_alike_emails_share_the_skeleton_of_the_latin_one(string lookAlike, string latin)
    {
        Assert.Equal(Confusables.Skeleton(latin), Confusables.Skeleton(lookAlike));
        Assert.True(Confusables.LookAlike(lookAlike, latin));
    }

    [Theory]
    [InlineData("ana@example.com", "anna@example.com")]
    [InlineData("jose@example.com", "josé@example.com")]
    [InlineData("ana@example.com", "ANA@example.com")]
    public void Different_or_identical_addresses_are_not_look_alikes(string a, string b)
    {
        Assert.False(Confusables.LookAlike(a, b));
    }

    [Fact]
    public void Plain_ascii_is_its_own_lower_case_skeleton()
    {
        for (var c = (char)0x20; c < 0x7F; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c).ToString(), Confusables.Skeleton(c.ToString()));
        }
    }
}
