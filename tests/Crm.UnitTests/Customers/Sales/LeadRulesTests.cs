using Crm.Customers.Profiles;

namespace Crm.UnitTests.Customers.Sales;

public sealed class LeadRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Acme = Guid.CreateVersion7();

    private static PersonKeys Keys(string? email = null, string? phone = null, string first = "rui", string last = "costa", Guid? company = null) =>
        new(email, Customer.NormalizePhone(phone), first, last, company);

    [Fact]
    public void The_same_phone_written_differently_is_a_duplicate()
    {
        Assert.Equal([DuplicateRules.Phone], DuplicateRules.Reasons(Keys(phone: "+351 912-345 678"), Keys(phone: "+351912345678")));
        Assert.Empty(DuplicateRules.Reasons(Keys(phone: "+351 912 345 678"), Keys(phone: "+351 912 345 679")));
    }

    [Fact]
    public void The_same_name_is_a_duplicate_only_at_the_same_company()
    {
        Assert.Equal([DuplicateRules.NameAndCompany], DuplicateRules.Reasons(Keys(company: Acme), Keys(company: Acme)));
        Assert.Empty(DuplicateRules.Reasons(Keys(company: Acme), Keys(company: Guid.CreateVersion7())));
        Assert.Empty(DuplicateRules.Reasons(Keys(), Keys()));
        Assert.Empty(DuplicateRules.Reasons(Keys(first: "rita", company: Acme), Keys(company: Acme)));
    }

    [Fact]
    public void Every_matching_key_is_named_and_no_email_never_matches_no_email()
    {
        var both = DuplicateRules.Reasons(Keys("rui@acme.pt", "912345678", company: Acme), Keys("rui@acme.pt", "912 345 678", company: Acme));
        Assert.Equal([DuplicateRules.Email, DuplicateRules.Phone, DuplicateRules.NameAndCompany], both);
        Assert.Empty(DuplicateRules.Reasons(Keys(phone: "12"), Keys(phone: "12")));
    }

    [Fact]
    public void A_lead_without_email_has_a_unique_key_of_its_own()
    {
        var lead = new Customer { Id = Guid.CreateVersion7(), FirstName = "Rui", LastName = "Costa", Email = "x", NormalizedEmail = "x", Phone = "912345678" };
        lead.SetNoEmail();
        Assert.False(lead.HasEmail);
        Assert.Equal($"none:{lead.Id:N}", lead.NormalizedEmail);
        Assert.Null(DuplicateRules.Of(lead).NormalizedEmail);
    }

    [Theory]
    [InlineData(LifecycleStage.Lead, "Changed", LifecycleStage.Customer)]
    [InlineData(LifecycleStage.Prospect, "Changed", LifecycleStage.Customer)]
    [InlineData(LifecycleStage.Customer, "Unchanged", LifecycleStage.Customer)]
    [InlineData(LifecycleStage.Churned, "Refused", LifecycleStage.Churned)]
    public void Conversion_makes_a_lead_or_prospect_a_customer(LifecycleStage from, string outcome, LifecycleStage to)
    {
        var person = new Customer { FirstName = "Rui", LastName = "Costa", Email = "", NormalizedEmail = "none", LifecycleStage = from, Version = 3 };
        var result = person.Convert(Now);
        Assert.Equal((outcome, to), (result.Kind.ToString(), person.LifecycleStage));
        Assert.Equal(outcome == "Changed" ? 4 : 3, person.Version);
    }
}
