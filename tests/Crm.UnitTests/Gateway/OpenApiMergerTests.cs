using System.Text.Json.Nodes;
using Crm.Gateway.OpenApi;

namespace Crm.UnitTests.Gateway;

public sealed class OpenApiMergerTests
{
    private static JsonObject Doc(string path, string schema, JsonObject shape) => new()
    {
        ["paths"] = new JsonObject
        {
            [path] = new JsonObject { ["get"] = new JsonObject { ["responses"] = new JsonObject { ["200"] = new JsonObject { ["$ref"] = $"#/components/schemas/{schema}" } } } },
            ["/health"] = new JsonObject(),
        },
        ["components"] = new JsonObject { ["schemas"] = new JsonObject { [schema] = shape } },
    };

    [Fact]
    public void Public_paths_of_every_service_are_merged_and_internal_ones_left_out()
    {
        var merged = OpenApiMerger.Merge(
            [("customers", Doc("/api/customers/{id}", "Customer", new JsonObject { ["type"] = "object" })),
             ("tickets", Doc("/api/tickets/{id}", "Ticket", new JsonObject { ["type"] = "object" }))], "t");

        var paths = merged["paths"]!.AsObject().Select(p => p.Key).Order().ToList();
        Assert.Equal(["/api/customers/{id}", "/api/tickets/{id}"], paths);
    }

    [Fact]
    public void A_schema_name_two_services_use_differently_is_prefixed_and_its_references_follow()
    {
        var merged = OpenApiMerger.Merge(
            [("customers", Doc("/api/customers", "Page", new JsonObject { ["type"] = "object" })),
             ("partner-data", Doc("/partner/v1/customers", "Page", new JsonObject { ["type"] = "array" }))], "t");

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.Equal("object", (string?)schemas["Page"]!["type"]);
        Assert.Equal("array", (string?)schemas["PartnerDataPage"]!["type"]);
        Assert.Equal("#/components/schemas/PartnerDataPage",
            (string?)merged["paths"]!["/partner/v1/customers"]!["get"]!["responses"]!["200"]!["$ref"]);
    }
}
