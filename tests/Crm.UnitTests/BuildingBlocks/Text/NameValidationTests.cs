using Crm.BuildingBlocks.Api;

namespace Crm.UnitTests.BuildingBlocks.Text;

public sealed class NameValidationTests
{
    [Theory]
    [InlineData("Ana\u202Eevil")]
    [InlineData("\u200B\u200B")]
    [InlineData("A\u0000")]
    public void A_refused_name_is_a_per_field_error(string value)
    {
        var errors = new ValidationErrors().Name("firstName", value, 100).ToDictionary();

        Assert.Single(Assert.Contains("firstName", errors));
    }

    [Fact]
    public void An_optional_name_may_be_blank_but_not_invisible()
    {
        Assert.False(new ValidationErrors().Name("city", "  ", 100, required: false).Any);
        Assert.False(new ValidationErrors().Name("city", null, 100, required: false).Any);
        Assert.True(new ValidationErrors().Name("city", "\u200B", 100, required: false).Any);
        Assert.True(new ValidationErrors().Name("city", null, 100).Any);
    }

    [Fact]
    public void The_length_limit_applies_to_the_normalised_name()
    {
        Assert.False(new ValidationErrors().Name("firstName", "  Jose\u0301  ", 4).Any);
        Assert.True(new ValidationErrors().Name("firstName", "Josef", 4).Any);
    }

    [Theory]
    [InlineData("ana\u202E@example.com")]
    [InlineData("ana\u0000@example.com")]
    public void An_email_with_control_bidi_or_broken_characters_is_not_an_email(string value)
    {
        Assert.True(new ValidationErrors().Email("email", value).Any);
    }

    [Fact]
    public void An_email_with_a_lone_surrogate_is_not_an_email()
    {
        Assert.True(new ValidationErrors().Email("email", "ana" + (char)0xD800 + "@example.com").Any);
    }

    [Fact]
    public void An_email_with_a_cyrillic_letter_is_still_an_email()
    {
        Assert.False(new ValidationErrors().Email("email", "\u0430na@example.com").Any);
    }
}
