namespace Crm.Customers.Profiles;

public sealed record CreateCustomerRequest(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    int? BirthYear,
    string? Gender,
    string? City,
    string? Country,
    LifecycleStage? LifecycleStage,
    string? AccountOwnerId,
    string? Source,
    Guid? CompanyId = null,
    string? SocialHandle = null);

/// <summary>A partial update: an absent (null) field is left as it is; an empty string (an empty id for companyId) clears an optional field.</summary>
public sealed record UpdateCustomerRequest(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    int? BirthYear,
    string? Gender,
    string? City,
    string? Country,
    LifecycleStage? LifecycleStage,
    string? AccountOwnerId,
    string? Source,
    Guid? CompanyId = null,
    string? SocialHandle = null);
