using System.Text.Json;

namespace Crm.Campaigns.Segments;

public sealed record SegmentResponse(Guid Id, string Name, JsonElement Rules, int MemberCount, string? CreatedBy, DateTimeOffset CreatedAt)
{
    public static SegmentResponse From(Segment s, int memberCount)
    {
        using var rules = JsonDocument.Parse(s.RulesJson);
        return new(s.Id, s.Name, rules.RootElement.Clone(), memberCount, s.CreatedBy, s.CreatedAt);
    }
}
