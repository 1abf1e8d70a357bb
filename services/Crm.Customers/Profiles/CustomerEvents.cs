using Crm.Contracts.Customers;

namespace Crm.Customers.Profiles;

public static class CustomerEvents
{
    public static CustomerRegistered Registered(Customer c) => new(
        c.Id, c.FirstName, c.LastName, c.Email, c.Phone, c.BirthYear, c.Gender, c.City, c.Country,
        Stage(c.LifecycleStage), c.AccountOwnerId, c.Source, c.CreatedAt);

    public static CustomerUpdated Updated(Customer c) => new(
        c.Id, c.FirstName, c.LastName, c.Email, c.Phone, c.BirthYear, c.Gender, c.City, c.Country,
        Stage(c.LifecycleStage), c.AccountOwnerId, c.Source, c.Version, c.UpdatedAt);

    public static string Stage(LifecycleStage stage) => stage.ToString().ToLowerInvariant();
}
