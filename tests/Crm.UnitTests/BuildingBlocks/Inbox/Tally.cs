namespace Crm.UnitTests.BuildingBlocks.Inbox;

/// <summary>A read-model row the test handlers count deliveries into.</summary>
public sealed class Tally
{
    public required string Key { get; set; }
    public int Count { get; set; }
}
