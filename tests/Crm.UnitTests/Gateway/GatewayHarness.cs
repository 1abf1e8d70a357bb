using System.Net.Http.Headers;
using Crm.Gateway;
using Crm.TestIssuer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.UnitTests.Gateway;

/// <summary>
/// The real gateway pipeline in process on a loopback port, in front of a stand-in customers service that answers
/// every route with 200 and its own <c>Server</c> header.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly WebApplication _downstream;
    private readonly WebApplication _gateway;
    private readonly StandInIssuer _issuer;

    private GatewayHarness(WebApplication downstream, WebApplication gateway, StandInIssuer issuer)
    {
        _downstream = downstream;
        _gateway = gateway;
        _issuer = issuer;
    }

    public Uri Url => new(_gateway.Urls.First());

    public static async Task<GatewayHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var issuer = await StandInIssuer.StartAsync();
        var downstreamBuilder = WebApplication.CreateBuilder();
        downstreamBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        downstreamBuilder.Logging.ClearProviders();
        var downstream = downstreamBuilder.Build();
        downstream.Run(context =>
        {
            context.Response.Headers.Server = "downstream/1.0";
            return context.Response.WriteAsJsonAsync(new { path = context.Request.Path.Value });
        });
        await downstream.StartAsync();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:customers:http:0"] = downstream.Urls.First(),
            ["Auth:Authority"] = issuer.Issuer,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddServiceDefaults();
        builder.AddGateway();
        var gateway = builder.Build();
        gateway.UseGateway();
        gateway.MapGateway();
        await gateway.StartAsync();
        return new GatewayHarness(downstream, gateway, issuer);
    }

    public HttpClient Client(string? subject = null, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = Url };
        if (subject is not null)
        {
            var token = _issuer.Issue(subject, roles);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _downstream.DisposeAsync();
        await _issuer.DisposeAsync();
    }
}
