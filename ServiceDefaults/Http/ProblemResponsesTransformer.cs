using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// Documents on every operation the problem-details answers it can give (<see cref="ProblemResponseRules"/>) as
/// <c>application/problem+json</c>, and the <c>If-Match</c> and <c>Idempotency-Key</c> headers the pipeline reads.
/// A response the endpoint declares itself is kept as it is.
/// </summary>
public sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(operation, context);
        var problem = Schema(context, ProblemSchemas.Problem, ProblemSchemas.ProblemDetails);
        var validationProblem = Schema(context, ProblemSchemas.ValidationProblem, ProblemSchemas.ValidationProblemDetails);

        operation.Responses ??= [];
        foreach (var response in ProblemResponseRules.For(facts))
        {
            operation.Responses.TryAdd(response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
            {
                Description = response.Description,
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = response.NamesFields ? validationProblem : problem } },
                Headers = response.Status == StatusCodes.Status429TooManyRequests ? RetryAfter() : null,
            });
        }

        if (facts.Method == HttpMethods.Patch)
        {
            AddHeader(operation, "If-Match", required: true, "The ETag of the version being changed (from the last read or change).");
        }
        else if (facts.Method == HttpMethods.Post)
        {
            AddHeader(operation, "Idempotency-Key", required: false, "A repeat with the same key within 24 h replays the first answer and changes nothing.");
        }
    }

    private static async Task<OperationFacts> FactsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        var parameters = description.ParameterDescriptions;
        return new OperationFacts(
            (description.HttpMethod ?? "GET").ToUpperInvariant(),
            await EndpointAccess.PolicyAsync(description, context.ApplicationServices) is not null,
            parameters.Any(p => p.Source == BindingSource.Path),
            parameters.Any(p => p.Source == BindingSource.Query),
            operation.RequestBody is not null || parameters.Any(p => p.Source == BindingSource.Body));
    }

    private static IOpenApiSchema Schema(OpenApiOperationTransformerContext context, string name, Func<OpenApiSchema> create)
    {
        if (context.Document is not { } document)
        {
            return create();
        }

        if (document.Components?.Schemas?.ContainsKey(name) != true)
        {
            document.AddComponent(name, create());
        }

        return new OpenApiSchemaReference(name, document);
    }

    private static Dictionary<string, IOpenApiHeader> RetryAfter() => new()
    {
        ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before trying again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
    };

    private static void AddHeader(OpenApiOperation operation, string name, bool required, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
