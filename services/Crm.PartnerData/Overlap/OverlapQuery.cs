namespace Crm.PartnerData.Overlap;

/// <summary>An overlap query a partner had answered: what it spent of the privacy budget and which set it asked about.</summary>
public sealed class OverlapQuery
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public int Submitted { get; set; }
    public DateTimeOffset At { get; set; }
    public double Epsilon { get; set; }

    /// <summary>The submitted set as sorted 8-byte hash prefixes (<see cref="QuerySetFingerprint"/>).</summary>
    public byte[] Fingerprint { get; set; } = [];
}
