namespace Crm.Contracts.Customers;

/// <summary>A person became known to us (prospect, lead or customer). Carries the full profile snapshot.</summary>
public sealed record CustomerRegistered(
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
    DateTimeOffset OccurredAt);
