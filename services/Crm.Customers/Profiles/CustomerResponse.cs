namespace Crm.Customers.Profiles;

public sealed record CustomerResponse(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    int? BirthYear,
    string? Gender,
    string? City,
    string? Country,
    LifecycleStage LifecycleStage,
    string? AccountOwnerId,
    string? Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    Guid? PossibleDuplicateOf = null,
    Guid? CompanyId = null,
    string? SocialHandle = null)
{
    public static CustomerResponse From(Customer c) => new(
        c.Id, c.FirstName, c.LastName, c.Email, c.Phone, c.BirthYear, c.Gender, c.City, c.Country,
        c.LifecycleStage, c.AccountOwnerId, c.Source, c.CreatedAt, c.UpdatedAt, c.Version, c.PossibleDuplicateOf, c.CompanyId, c.SocialHandle);

    /// <summary>What the customer sees of themselves: never another customer's id.</summary>
    public static CustomerResponse ForSelf(Customer c) => From(c) with { PossibleDuplicateOf = null };
}
