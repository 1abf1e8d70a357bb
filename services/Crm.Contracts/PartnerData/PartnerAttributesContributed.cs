namespace Crm.Contracts.PartnerData;

/// <summary>A partner contributed attributes about a customer (matched by hashed email); usable in segments.</summary>
public sealed record PartnerAttributesContributed(
    Guid ContributionId,
    Guid PartnerId,
    Guid CustomerId,
    IReadOnlyDictionary<string, string> Attributes,
    DateTimeOffset OccurredAt);
