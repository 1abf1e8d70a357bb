namespace Crm.Bench.Pipeline;

/// <summary>The raw baseline's message: the same fields as CustomerRegistered, on an exchange of its own.</summary>
public sealed record RawEvent(
    Guid CustomerId, string FirstName, string LastName, string Email, string? Phone, int? BirthYear, string? Gender, string? City,
    string? Country, string LifecycleStage, string? AccountOwnerId, string? Source, DateTimeOffset OccurredAt);

/// <summary>The same message for the raw baseline that does the pipeline's business work (a change row, an effect row).</summary>
public sealed record RawWorkEvent(
    Guid CustomerId, string FirstName, string LastName, string Email, string? Phone, int? BirthYear, string? Gender, string? City,
    string? Country, string LifecycleStage, string? AccountOwnerId, string? Source, DateTimeOffset OccurredAt);
