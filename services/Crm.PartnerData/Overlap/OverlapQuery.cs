namespace Crm.PartnerData.Overlap;

/// <summary>An overlap query a partner made, kept to enforce the daily limit.</summary>
public sealed class OverlapQuery
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public int Submitted { get; set; }
    public DateTimeOffset At { get; set; }
}
