using Crm.BuildingBlocks.Api;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class ValidationErrorsTests
{
    [Theory]
    [InlineData("ana@example.com", true)]
    [InlineData("Ana.Silva+crm@example.co.uk", true)]
    [InlineData("ana@localhost", false)]
    [InlineData("not an email", false)]
    [InlineData("Ana <ana@example.com>", false)]
    [InlineData("", false)]
    public void Emails_are_checked(string email, bool valid)
    {
        Assert.Equal(valid, !new ValidationErrors().Email("email", email).Any);
    }

    [Fact]
    public void Each_field_collects_its_own_messages()
    {
        var errors = new ValidationErrors()
            .Required("firstName", "", 10)
            .MaxLength("city", new string('x', 11), 10)
            .Range("birthYear", (int?)1800, 1900, 2026)
            .OneOf("stage", "zombie", ["lead", "customer"]);

        var byField = errors.ToDictionary();
        Assert.Equal(["birthYear", "city", "firstName", "stage"], byField.Keys.Order());
    }

    [Fact]
    public void The_problem_is_422_with_per_field_errors()
    {
        var problem = new ValidationErrors().Add("email", "Required.").ToProblem();
        Assert.Equal(422, problem.StatusCode);
        var details = Assert.IsType<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(problem.ProblemDetails);
        Assert.Equal(["Required."], details.Errors["email"]);
    }

    [Fact]
    public void A_list_of_choices_needs_at_least_one_and_only_known_ones()
    {
        string[] allowed = ["read", "write"];

        Assert.False(new ValidationErrors().SomeOf("scopes", ["write", "read"], allowed).Any);
        Assert.Equal(["At least one of: read, write."], new ValidationErrors().SomeOf("scopes", [], allowed).ToDictionary()["scopes"]);
        Assert.Equal(["Only: read, write."], new ValidationErrors().SomeOf("scopes", ["read", "admin"], allowed).ToDictionary()["scopes"]);
    }

    [Fact]
    public void Like_patterns_match_wildcards_literally()
    {
        Assert.Equal(@"100\%\_a\\b", Like.Escape(@"100%_a\b"));
    }
}
