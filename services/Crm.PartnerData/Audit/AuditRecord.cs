namespace Crm.PartnerData.Audit;

/// <summary>One partner call: who (partner, key), what (route), how it ended (status) and how many records it returned.</summary>
public sealed class AuditRecord
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public Guid? KeyId { get; set; }
    public required string Method { get; set; }
    public required string Route { get; set; }
    public int Status { get; set; }
    public int Records { get; set; }
    public DateTimeOffset At { get; set; }
}
