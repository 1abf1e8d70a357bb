using Crm.Customers.Profiles;

namespace Crm.UnitTests.Customers;

public sealed class CustomerRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Customer Rita() => new()
    {
        FirstName = "Rita", LastName = "Lopes", Email = "rita@example.com", NormalizedEmail = "rita@example.com", Phone = "+351 1", City = "Porto",
        Country = "PT", LifecycleStage = LifecycleStage.Lead, AccountOwnerId = "olga", Version = 4,
    };

    private static UpdateCustomerRequest Nothing() => new(null, null, null, null, null, null, null, null, null, null, null);

    [Fact]
    public void An_update_changes_only_the_fields_it_names_and_is_a_new_version()
    {
        var customer = Rita();
        customer.Apply(Nothing() with { LastName = "  Lopes-Silva ", LifecycleStage = LifecycleStage.Customer }, Now);
        Assert.Equal(("Rita", "Lopes-Silva", "lopes-silva"), (customer.FirstName, customer.LastName, customer.SearchLastName));
        Assert.Equal((LifecycleStage.Customer, "+351 1", "Porto", "olga"), (customer.LifecycleStage, customer.Phone, customer.City, customer.AccountOwnerId));
        Assert.Equal((5L, Now), (customer.Version, customer.UpdatedAt));
    }

    [Fact]
    public void A_blank_optional_field_is_cleared()
    {
        var customer = Rita();
        customer.Apply(Nothing() with { Phone = " ", City = "", AccountOwnerId = "  " }, Now);
        Assert.Equal(((string?)null, (string?)null, (string?)null), (customer.Phone, customer.City, customer.AccountOwnerId));
        Assert.Equal("PT", customer.Country);
    }

    [Fact]
    public void An_erased_customer_keeps_no_personal_data_and_frees_the_email()
    {
        var customer = Rita();
        customer.Id = Guid.CreateVersion7();
        customer.Erase(Now);
        Assert.Equal(("", "", "", (string?)null, (string?)null, (string?)null), (customer.FirstName, customer.LastName, customer.Email, customer.Phone, customer.City, customer.AccountOwnerId));
        Assert.Equal($"erased:{customer.Id:N}", customer.NormalizedEmail);
        Assert.Equal(((DateTimeOffset?)Now, 5L), (customer.ErasedAt, customer.Version));
    }
}
