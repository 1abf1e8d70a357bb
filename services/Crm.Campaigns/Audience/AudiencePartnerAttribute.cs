namespace Crm.Campaigns.Audience;

/// <summary>An attribute a partner contributed about a customer; segments use it as <c>partner.&lt;name&gt;</c>.</summary>
public sealed class AudiencePartnerAttribute
{
    public Guid CustomerId { get; set; }
    public required string Name { get; set; }
    public required string Value { get; set; }
    public Guid PartnerId { get; set; }
    public DateTimeOffset ContributedAt { get; set; }
}
