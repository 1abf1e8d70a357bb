using System.Text.Json;

namespace Crm.Campaigns.Segments;

/// <summary><c>{name, rules}</c> where rules is a tree of <c>{"all":[…]}</c>, <c>{"any":[…]}</c> and <c>{field, op, value}</c>.</summary>
public sealed record CreateSegmentRequest(string? Name, JsonElement? Rules);
