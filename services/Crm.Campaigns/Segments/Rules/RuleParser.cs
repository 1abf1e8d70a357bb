using System.Text.Json;
using Crm.BuildingBlocks.Api;

namespace Crm.Campaigns.Segments.Rules;

/// <summary>
/// Reads a rule tree from JSON: <c>{"all":[…]}</c>, <c>{"any":[…]}</c> or a leaf <c>{"field","op","value"}</c>, nested freely.
/// Every mistake is reported under the path of the bad node (<c>rules.all[1].any[0].op</c>).
/// </summary>
public static class RuleParser
{
    public const int MaxDepth = 8;
    public const int MaxNodes = 200;
    public const int MaxValues = 500;
    public const int MaxText = 200;

    public static SegmentRule? Parse(JsonElement json, ValidationErrors errors, string path = "rules")
    {
        var nodes = 0;
        var rule = Node(json, path, 1, errors, ref nodes);
        return errors.Any ? null : rule;
    }

    private static SegmentRule? Node(JsonElement json, string path, int depth, ValidationErrors errors, ref int nodes)
    {
        if (++nodes > MaxNodes)
        {
            errors.Add(path, $"A rule tree has at most {MaxNodes} nodes.");
            return null;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, "Expected an object: {\"all\":[…]}, {\"any\":[…]} or {\"field\",\"op\",\"value\"}.");
            return null;
        }

        var hasAll = json.TryGetProperty("all", out var all);
        var hasAny = json.TryGetProperty("any", out var any);
        if (hasAll && hasAny)
        {
            errors.Add(path, "A node is either \"all\" or \"any\", not both.");
            return null;
        }

        if (hasAll || hasAny)
        {
            var name = hasAll ? "all" : "any";
            var children = Group(hasAll ? all : any, $"{path}.{name}", depth, errors, ref nodes);
            return children is null ? null : hasAll ? new AllRule(children) : new AnyRule(children);
        }

        return Leaf(json, path, errors);
    }

    private static List<SegmentRule>? Group(JsonElement array, string path, int depth, ValidationErrors errors, ref int nodes)
    {
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            errors.Add(path, "Expected a non-empty array of rules.");
            return null;
        }

        if (depth >= MaxDepth)
        {
            errors.Add(path, $"Rules nest at most {MaxDepth} levels deep.");
            return null;
        }

        var children = new List<SegmentRule>();
        var index = 0;
        foreach (var child in array.EnumerateArray())
        {
            var rule = Node(child, $"{path}[{index++}]", depth + 1, errors, ref nodes);
            if (rule is not null)
            {
                children.Add(rule);
            }
        }

        return children.Count == array.GetArrayLength() ? children : null;
    }

    private static ConditionRule? Leaf(JsonElement json, string path, ValidationErrors errors)
    {
        var fieldName = json.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : null;
        var opName = json.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : null;
        if (fieldName is null || !RuleFields.TryResolve(fieldName, out var field, out var kind, out var attribute) || (attribute?.Length > Audience.AudienceLimits.Short))
        {
            errors.Add($"{path}.field", $"Unknown field. One of: {string.Join(", ", RuleFields.Names)}.");
            return null;
        }

        var allowed = RuleFields.OperatorsOf(kind);
        if (opName is null || !RuleFields.TryParseOperator(opName, out var op) || !allowed.Contains(op))
        {
            errors.Add($"{path}.op", $"Field {fieldName} takes one of: {string.Join(", ", allowed.Select(a => a.ToString().ToLowerInvariant()))}.");
            return null;
        }

        if (!json.TryGetProperty("value", out var value))
        {
            errors.Add($"{path}.value", "Required.");
            return null;
        }

        return RuleValues.Read(value, kind, op, $"{path}.value", errors) is { } v
            ? new ConditionRule(field, op, v.Texts, v.Numbers, v.Flag, attribute)
            : null;
    }
}
