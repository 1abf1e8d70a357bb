using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.ServiceDefaults.Http;

/// <summary>Declares the JWT bearer scheme in each service's OpenAPI document, so the docs UI can send a token.</summary>
public sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT with the role claim (admin, agent, marketer, customer).",
        };
        document.Components.SecuritySchemes["PartnerApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "A partner API key (only on /partner/v1).",
        };
        return Task.CompletedTask;
    }
}
