using System.Text.Json.Nodes;

namespace Crm.Gateway.OpenApi;

/// <summary>
/// Merges the services' OpenAPI documents into one for the public API: their public paths, and their schemas
/// (a name two services use for different shapes is prefixed with the service's name, and its references follow).
/// The result is a whole contract for client generators: served from the gateway itself, every tag described, and
/// every operation stating its credential (an operation that takes none says so with an empty requirement).
/// </summary>
public static class OpenApiMerger
{
    public static JsonObject Merge(IEnumerable<(string Service, JsonObject Document)> documents, string title)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        var securitySchemes = new JsonObject();
        var tags = new MergedTags();

        foreach (var (service, document) in documents)
        {
            var ownSchemas = document["components"]?["schemas"] as JsonObject ?? [];
            var renames = ownSchemas
                .Where(s => schemas[s.Key] is { } existing && !JsonNode.DeepEquals(existing, s.Value))
                .ToDictionary(s => s.Key, s => $"{Pascal(service)}{s.Key}");
            var rewritten = RewriteRefs(document, renames).AsObject();

            foreach (var (name, schema) in rewritten["components"]?["schemas"] as JsonObject ?? [])
            {
                var target = renames.GetValueOrDefault(name, name);
                schemas[target] ??= schema?.DeepClone();
            }

            foreach (var (path, item) in rewritten["paths"] as JsonObject ?? [])
            {
                if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/partner/v1/", StringComparison.Ordinal))
                {
                    var copy = item?.DeepClone().AsObject() ?? [];
                    foreach (var operation in Operations(copy))
                    {
                        operation["security"] ??= new JsonArray();
                        tags.Add(service, operation);
                    }

                    paths[path] = copy;
                }
            }

            foreach (var (name, scheme) in rewritten["components"]?["securitySchemes"] as JsonObject ?? [])
            {
                securitySchemes[name] ??= scheme?.DeepClone();
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = title, ["version"] = "v1", ["description"] = Description },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The gateway that serves this document." }),
            ["tags"] = tags.ToJson(),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas, ["securitySchemes"] = securitySchemes },
        };
    }

    private const string Description =
        "The public API of the Crm.Aspire suite, merged from its services behind one gateway. Errors are RFC 9457 problem " +
        "details; collections are cursor-paged ({items, nextCursor}); a PATCH names the version it changes in If-Match; a POST " +
        "may carry an Idempotency-Key. The repository's docs/API.md explains roles, errors, paging, ETags, idempotency and limits.";

    private static IEnumerable<JsonObject> Operations(JsonObject pathItem) =>
        pathItem.Where(p => OperationKeys.Contains(p.Key) && p.Value is JsonObject).Select(p => p.Value!.AsObject()).ToList();

    private static readonly HashSet<string> OperationKeys = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private static JsonNode RewriteRefs(JsonNode node, IReadOnlyDictionary<string, string> renames)
    {
        var copy = node.DeepClone();
        if (renames.Count > 0)
        {
            Visit(copy, renames);
        }

        return copy;
    }

    private static void Visit(JsonNode? node, IReadOnlyDictionary<string, string> renames)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target)
                    && target.StartsWith("#/components/schemas/", StringComparison.Ordinal)
                    && renames.TryGetValue(target["#/components/schemas/".Length..], out var renamed))
                {
                    obj["$ref"] = "#/components/schemas/" + renamed;
                }

                if (obj["components"]?["schemas"] is JsonObject schemas)
                {
                    foreach (var (from, to) in renames)
                    {
                        if (schemas[from] is { } schema)
                        {
                            schemas.Remove(from);
                            schemas[to] = schema;
                        }
                    }
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Visit(child, renames);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Visit(child, renames);
                }

                break;
        }
    }

    private static string Pascal(string name) =>
        string.Concat(name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
