namespace Crm.Contracts.PartnerData;

/// <summary>What partners contributed about a customer was deleted (consent withdrawn or erasure).</summary>
public sealed record PartnerContributionsRevoked(Guid CustomerId, DateTimeOffset OccurredAt);
