namespace Crm.Contracts.PartnerData;

/// <summary>A partner read a customer's shared attributes (for the customer's timeline and audit).</summary>
public sealed record CustomerDataShared(Guid CustomerId, Guid PartnerId, string PartnerName, IReadOnlyList<string> Attributes, DateTimeOffset OccurredAt);
