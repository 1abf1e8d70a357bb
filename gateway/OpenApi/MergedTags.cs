using System.Text.Json.Nodes;

namespace Crm.Gateway.OpenApi;

/// <summary>The tags the merged operations use, each described by the services that serve it (the docs UI groups by them).</summary>
public sealed class MergedTags
{
    private readonly Dictionary<string, List<string>> _servicesByTag = [];

    public void Add(string service, JsonObject operation)
    {
        foreach (var tag in operation["tags"] as JsonArray ?? [])
        {
            if (tag is JsonValue value && value.TryGetValue<string>(out var name))
            {
                if (!_servicesByTag.TryGetValue(name, out var services))
                {
                    services = [];
                    _servicesByTag[name] = services;
                }

                if (!services.Contains(service))
                {
                    services.Add(service);
                }
            }
        }
    }

    public JsonArray ToJson() =>
        new(_servicesByTag.Select(t => (JsonNode)new JsonObject { ["name"] = t.Key, ["description"] = $"{t.Key}, served by {ServedBy(t.Value)}." }).ToArray());

    private static string ServedBy(List<string> services) =>
        services.Count == 1 ? $"the {services[0]} service" : $"the {string.Join(", ", services[..^1])} and {services[^1]} services";
}
