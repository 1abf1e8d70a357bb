using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Contract;

/// <summary>The merged OpenAPI document the gateway serves at <c>/openapi/v1.json</c>, as a client generator reads it.</summary>
public static class ServedContract
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<JsonObject> ReadAsync(SuiteFixture suite)
    {
        using var client = suite.AnonymousClient();
        var json = await client.GetStringAsync("/openapi/v1.json");
        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>Writes the document where the linters and a reader of a failed run find it: <c>.data/test-results/openapi.json</c>.</summary>
    public static async Task<string> WriteForInspectionAsync(SuiteFixture suite, JsonObject document)
    {
        var folder = Directory.CreateDirectory(Path.Combine(suite.Suite.RepositoryRoot, ".data", "test-results")).FullName;
        var path = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(path, Format(document));
        return path;
    }

    public static string Format(JsonNode document) => document.ToJsonString(Indented) + "\n";

    /// <summary>Every operation as <c>METHOD /path</c>, in the document's order.</summary>
    public static IReadOnlyList<string> Operations(JsonObject document) =>
        (document["paths"] as JsonObject ?? [])
            .SelectMany(path => (path.Value as JsonObject ?? [])
                .Where(op => HttpMethodNames.Contains(op.Key))
                .Select(op => $"{op.Key.ToUpperInvariant()} {path.Key}"))
            .ToList();

    private static readonly HashSet<string> HttpMethodNames = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
}
