namespace Crm.Bench.Pipeline;

/// <summary>The raw baseline's message: the same shape as CustomerRegistered, on an exchange of its own.</summary>
public sealed record RawEvent(Guid CustomerId, string FirstName, string LastName, string Email, string LifecycleStage, DateTimeOffset OccurredAt);
