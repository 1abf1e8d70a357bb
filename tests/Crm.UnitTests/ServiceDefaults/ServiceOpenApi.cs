using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.UnitTests.ServiceDefaults;

/// <summary>The OpenAPI document a process with the service defaults serves for the endpoints a test maps.</summary>
public static class ServiceOpenApi
{
    public static async Task<JsonObject> DocumentAsync(Action<WebApplication> mapEndpoints)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddServiceDefaults();
        await using var app = builder.Build();
        mapEndpoints(app);
        app.MapLivenessAndOpenApi();
        await app.StartAsync();

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
    }
}
