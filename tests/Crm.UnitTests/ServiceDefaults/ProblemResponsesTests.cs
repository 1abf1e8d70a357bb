using System.Text.Json.Nodes;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Crm.UnitTests.ServiceDefaults;

public sealed class ProblemResponsesTests
{
    private sealed record NoteRequest(string? Text);

    private static Task<JsonObject> NotesApiAsync() => ServiceOpenApi.DocumentAsync(app =>
    {
        var notes = app.MapGroup("/api/notes").RequireAuthorization(CrmPolicies.CustomerReaders);
        notes.MapPost("/", (NoteRequest request) => TypedResults.Created("/api/notes/1", request)).WithName("CreateNote")
            .RequireAuthorization(CrmPolicies.CustomerWriters).ProducesProblem(StatusCodes.Status409Conflict, "application/problem+json");
        notes.MapGet("/{id:guid}", (Guid id) => TypedResults.Ok(id)).WithName("GetNote");
        notes.MapPatch("/{id:guid}", (Guid id, NoteRequest request) => TypedResults.Ok(request)).WithName("UpdateNote");
        notes.MapGet("/", (int? limit, string? cursor) => TypedResults.Ok()).WithName("ListNotes");
        app.MapGet("/api/shared/{token}", (string token) => TypedResults.Ok(token)).WithName("ReadShared").AllowAnonymous();
    });

    private static JsonObject Operation(JsonObject document, string path, string method) => document["paths"]![path]![method]!.AsObject();

    private static List<string> Statuses(JsonObject operation) => operation["responses"]!.AsObject().Select(r => r.Key).ToList();

    [Fact]
    public async Task A_patch_documents_every_problem_it_can_answer_including_a_stale_or_missing_if_match()
    {
        var patch = Operation(await NotesApiAsync(), "/api/notes/{id}", "patch");

        Assert.Equal(["200", "400", "401", "403", "404", "409", "412", "413", "422", "428", "429"], Statuses(patch).Order().ToList());
        var ifMatch = patch["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "If-Match")!;
        Assert.True((bool)ifMatch["required"]!);
    }

    [Fact]
    public async Task Problems_are_problem_json_and_invalid_values_name_their_fields()
    {
        var document = await NotesApiAsync();
        var post = Operation(document, "/api/notes", "post");

        Assert.Equal("#/components/schemas/ProblemDetails", (string?)post["responses"]!["401"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
        Assert.Equal("#/components/schemas/ValidationProblemDetails", (string?)post["responses"]!["422"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.NotNull(schemas["ProblemDetails"]);
        Assert.NotNull(schemas["ValidationProblemDetails"]!["properties"]!["errors"]);
    }

    [Fact]
    public async Task A_problem_response_the_endpoint_declares_itself_is_kept()
    {
        var post = Operation(await NotesApiAsync(), "/api/notes", "post");

        Assert.NotEqual(
            "It conflicts with the current state, another writer changed it at the same moment, or a request with the same Idempotency-Key is still running.",
            (string?)post["responses"]!["409"]!["description"]);
        Assert.Contains(post["parameters"]!.AsArray(), p => (string?)p!["name"] == "Idempotency-Key" && (bool?)p["required"] != true);
    }

    [Fact]
    public async Task A_list_documents_malformed_and_invalid_queries_but_no_missing_resource()
    {
        var list = Operation(await NotesApiAsync(), "/api/notes", "get");

        Assert.Equal(["200", "400", "401", "403", "422", "429"], Statuses(list).Order().ToList());
    }

    [Fact]
    public async Task A_route_anyone_may_call_documents_no_credential_problems_and_takes_no_credential()
    {
        var shared = Operation(await NotesApiAsync(), "/api/shared/{token}", "get");

        Assert.Equal(["200", "404", "429"], Statuses(shared).Order().ToList());
        Assert.Equal("Who may call: anyone, without signing in.", (string?)shared["description"]);
        Assert.Null(shared["security"]);
    }

    [Fact]
    public async Task A_signed_in_route_takes_the_bearer_token_and_names_the_roles_that_may_call()
    {
        var create = Operation(await NotesApiAsync(), "/api/notes", "post");

        Assert.Equal("Bearer", create["security"]!.AsArray().Single()!.AsObject().Single().Key);
        Assert.Equal("Who may call: the roles admin, manager, agent.", (string?)create["description"]);
    }

    [Fact]
    public async Task Rate_limits_are_documented_on_every_operation_with_retry_after()
    {
        var document = await NotesApiAsync();

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!.AsObject())).ToList();
        Assert.All(operations, o => Assert.NotNull(o["responses"]!["429"]!["headers"]!["Retry-After"]));
    }
}
