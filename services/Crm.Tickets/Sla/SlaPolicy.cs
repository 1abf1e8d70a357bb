namespace Crm.Tickets.Sla;

/// <summary>The targets of one priority as an admin set them, in business minutes.</summary>
public sealed class SlaPolicy
{
    public required string Priority { get; set; }
    public int FirstResponseMinutes { get; set; }
    public int NextReplyMinutes { get; set; }
    public int ResolutionMinutes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public SlaTargets ToTargets() => new(TimeSpan.FromMinutes(FirstResponseMinutes), TimeSpan.FromMinutes(NextReplyMinutes), TimeSpan.FromMinutes(ResolutionMinutes));
}
