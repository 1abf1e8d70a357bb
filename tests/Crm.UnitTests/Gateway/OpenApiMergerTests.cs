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

    [Fact]
    public void An_operation_that_takes_no_credential_says_so_and_one_that_does_keeps_its_own()
    {
        var customers = Doc("/api/customers/{id}", "Customer", new JsonObject { ["type"] = "object" });
        customers["paths"]!["/api/customers/{id}"]!["get"]!["security"] = new JsonArray(new JsonObject { ["Bearer"] = new JsonArray() });
        var surveys = Doc("/api/surveys/invitations/{token}", "Invitation", new JsonObject { ["type"] = "object" });

        var merged = OpenApiMerger.Merge([("customers", customers), ("surveys", surveys)], "t");

        Assert.Null(merged["security"]);
        Assert.Equal("Bearer", merged["paths"]!["/api/customers/{id}"]!["get"]!["security"]![0]!.AsObject().Single().Key);
        Assert.Empty(merged["paths"]!["/api/surveys/invitations/{token}"]!["get"]!["security"]!.AsArray());
    }

    [Fact]
    public void The_merged_contract_is_served_from_the_gateway_and_describes_every_tag_by_the_services_that_serve_it()
    {
        var customers = Doc("/api/me", "Me", new JsonObject { ["type"] = "object" });
        customers["paths"]!["/api/me"]!["get"]!["tags"] = new JsonArray("Self-service");
        var tickets = Doc("/api/me/tickets", "MyTicket", new JsonObject { ["type"] = "object" });
        tickets["paths"]!["/api/me/tickets"]!["get"]!["tags"] = new JsonArray("Self-service");

        var merged = OpenApiMerger.Merge([("customers", customers), ("tickets", tickets)], "t");

        Assert.Equal("/", (string?)merged["servers"]![0]!["url"]);
        var tag = merged["tags"]!.AsArray().Single()!;
        Assert.Equal("Self-service", (string?)tag["name"]);
        Assert.Equal("Self-service, served by the customers and tickets services.", (string?)tag["description"]);
    }
}
