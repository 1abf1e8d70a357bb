namespace Crm.Contracts.Customers;

/// <summary>
/// Consent for a purpose (marketing, partner-sharing) on a channel (email, sms, phone, social; null = every channel)
/// was granted or withdrawn. <paramref name="Source"/> says how: api, self-service, unsubscribe, agent.
/// </summary>
public sealed record CustomerConsentChanged(
    Guid CustomerId,
    string Purpose,
    string? Channel,
    bool Granted,
    string Source,
    DateTimeOffset OccurredAt);
