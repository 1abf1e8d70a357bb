namespace Crm.Contracts.Customers;

/// <summary>The customer exercised the right to erasure: every service removes or anonymises what it holds about them.</summary>
public sealed record CustomerErased(Guid CustomerId, DateTimeOffset OccurredAt);
