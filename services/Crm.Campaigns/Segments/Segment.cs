namespace Crm.Campaigns.Segments;

/// <summary>A named audience defined by a rule tree. Its rules never change once created, so campaigns keep their meaning.</summary>
public sealed class Segment
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The rule tree as the marketer sent it (already validated).</summary>
    public required string RulesJson { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
