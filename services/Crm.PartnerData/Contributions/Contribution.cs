namespace Crm.PartnerData.Contributions;

/// <summary>Attributes a partner contributed about one of our consenting customers.</summary>
public sealed class Contribution
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public Guid CustomerId { get; set; }
    public Dictionary<string, string> Attributes { get; set; } = [];
    public DateTimeOffset ReceivedAt { get; set; }
}
