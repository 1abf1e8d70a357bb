using System.Text.Json.Nodes;
using Crm.Contracts;
using Crm.Gateway.Routing;
using Microsoft.Extensions.Caching.Memory;
using Scalar.AspNetCore;

namespace Crm.Gateway.OpenApi;

/// <summary><c>/openapi/v1.json</c>: the merged public API of every service; <c>/docs</c>: Scalar's reference UI over it.</summary>
public static class MergedOpenApiEndpoint
{
    public const string ClientName = "openapi";

    public static WebApplication MapMergedOpenApi(this WebApplication app)
    {
        app.MapGet("/openapi/v1.json", GetDocument).AllowAnonymous().ExcludeFromDescription();
        app.MapScalarApiReference("/docs", o => o.WithTitle("Crm.Aspire API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> GetDocument(IHttpClientFactory clients, IConfiguration configuration, IMemoryCache cache, ILogger<OpenApiMergerLog> logger)
    {
        var merged = await cache.GetOrCreateAsync("openapi:v1", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            var client = clients.CreateClient(ClientName);
            var documents = new List<(string, JsonObject)>();
            foreach (var service in ResourceNames.Services)
            {
                var endpoint = ProxyConfiguration.Endpoints(configuration, service) is [var first, ..] ? first : null;
                if (endpoint is null)
                {
                    continue;
                }

                try
                {
                    var json = await client.GetStringAsync(new Uri(new Uri(endpoint), "/openapi/v1.json"));
                    if (JsonNode.Parse(json) is JsonObject document)
                    {
                        documents.Add((service, document));
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
                {
                    logger.LogWarning(ex, "OpenAPI document of {Service} is unavailable", service);
                    entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(2);
                }
            }

            return OpenApiMerger.Merge(documents, "Crm.Aspire public API").ToJsonString();
        });
        return Results.Content(merged!, "application/json");
    }
}

/// <summary>Log category of the merged OpenAPI document.</summary>
public sealed class OpenApiMergerLog;
