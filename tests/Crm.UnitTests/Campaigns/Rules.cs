using System.Text.Json;
using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Segments.Rules;

namespace Crm.UnitTests.Campaigns;

internal static class Rules
{
    public static SegmentRule Parse(string json)
    {
        var errors = new ValidationErrors();
        using var document = JsonDocument.Parse(json);
        return RuleParser.Parse(document.RootElement, errors) ?? throw new InvalidOperationException(string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
    }

    public static IDictionary<string, string[]> Errors(string json)
    {
        var errors = new ValidationErrors();
        using var document = JsonDocument.Parse(json);
        Assert.Null(RuleParser.Parse(document.RootElement, errors));
        return errors.ToDictionary();
    }

    public static AudienceProfile Profile(
        Guid? id = null, string? city = "Lisbon", string? country = "PT", string? stage = "customer", string? gender = "f", int? birthYear = 1985,
        decimal totalSpent = 250m, int purchaseCount = 3, DateTimeOffset? lastPurchaseAt = null, DateTimeOffset? nextReplenishmentAt = null,
        string[]? models = null, Dictionary<string, string>? partner = null, string? email = "ana@example.com") =>
        new(id ?? Guid.NewGuid(), email, stage, city, country, gender, birthYear, totalSpent, purchaseCount, lastPurchaseAt, nextReplenishmentAt,
            new HashSet<string>(models ?? [], StringComparer.Ordinal), partner ?? []);
}
