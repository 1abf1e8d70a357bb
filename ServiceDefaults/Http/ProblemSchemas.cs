using Microsoft.OpenApi;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// The RFC 9457 problem details every service answers with, as the contract states them: plain types a client generator
/// maps one to one, the <c>traceId</c> ops look up, and <c>errors</c> per field for invalid values.
/// </summary>
public static class ProblemSchemas
{
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "ValidationProblemDetails";

    public static OpenApiSchema ProblemDetails() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details.",
        Properties = CommonProperties(),
    };

    public static OpenApiSchema ValidationProblemDetails()
    {
        var properties = CommonProperties();
        properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "For each field (camelCase, as in the request), what is wrong with it.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text() },
        };
        return new OpenApiSchema { Type = JsonSchemaType.Object, Description = "RFC 9457 problem details naming each invalid field.", Properties = properties };
    }

    private static Dictionary<string, IOpenApiSchema> CommonProperties() => new()
    {
        ["type"] = Text("A URI that identifies the kind of problem."),
        ["title"] = Text("A short summary of the kind of problem."),
        ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
        ["detail"] = Text("What happened in this case, in words a user can act on."),
        ["instance"] = Text("The path of the request."),
        ["traceId"] = Text("The trace id of the request, for ops to look up."),
    };

    private static OpenApiSchema Text(string? description = null) => new() { Type = JsonSchemaType.String, Description = description };
}
