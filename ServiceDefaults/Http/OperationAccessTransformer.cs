using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// States on every operation which credential it takes (the JWT bearer, a partner API key, or none) and, when the
/// endpoint has no description of its own, who may call it.
/// </summary>
public sealed class OperationAccessTransformer : IOpenApiOperationTransformer
{
    private const string DefaultScheme = "Bearer";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var policy = await EndpointAccess.PolicyAsync(context.Description, context.ApplicationServices);
        operation.Description ??= CallerRequirement.Describe(policy);
        if (policy is null || context.Document is not { } document)
        {
            return;
        }

        var schemes = policy.AuthenticationSchemes.Count > 0 ? policy.AuthenticationSchemes : [DefaultScheme];
        operation.Security = schemes
            .Select(scheme => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] })
            .ToList();
    }
}
