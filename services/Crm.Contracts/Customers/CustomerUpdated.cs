namespace Crm.Contracts.Customers;

/// <summary>A customer's profile changed. Carries the full profile snapshot after the change and its version.</summary>
public sealed record CustomerUpdated(
    Guid CustomerId,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    int? BirthYear,
    string? Gender,
    string? City,
    string? Country,
    string LifecycleStage,
    string? AccountOwnerId,
    string? Source,
    long Version,
    DateTimeOffset OccurredAt);
