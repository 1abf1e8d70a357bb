using System.Net;
using System.Net.Http.Headers;
using Crm.IntegrationTests.Hosting;
using Crm.ServiceDefaults.Auth;
using Crm.TestIssuer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// "Use your own identity provider" with no code change: a service built on the suite's defaults, pointed by
/// <c>Auth:Authority</c> at a second, independent OpenID Connect provider (its own discovery and JWKS), accepts that
/// provider's tokens and refuses the built-in identity service's, while the suite itself refuses the other provider's.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class AnotherProviderTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_service_pointed_at_another_provider_accepts_its_tokens_and_refuses_the_built_in_ones()
    {
        await using var provider = await StandInIssuer.StartAsync();
        await using var service = await StartServiceAsync(provider.Issuer);
        using var client = new HttpClient { BaseAddress = new Uri(service.Urls.First()) };

        Assert.Equal(HttpStatusCode.OK, await CallAsync(client, provider.Issue("pat", ["agent"])));
        Assert.Equal(HttpStatusCode.Forbidden, await CallAsync(client, provider.Issue("pat", ["customer"], Guid.CreateVersion7())));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(client, provider.Issue("pat", ["agent"], audience: "another-api")));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(client, await suite.TokenAsync("pat", ["agent"])));

        using var gateway = suite.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(gateway, provider.Issue("pat", ["agent"]), "/api/customers"));
    }

    /// <summary>The same defaults every service starts with (<c>AddServiceDefaults</c>), one route of the customer readers' policy.</summary>
    private static async Task<WebApplication> StartServiceAsync(string authority)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Authority"] = authority, ["Auth:Audience"] = "crm-api" });
        builder.AddServiceDefaults();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/api/customers", (HttpContext http) => http.User.Subject()).RequireAuthorization(CrmPolicies.CustomerReaders);
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, string token, string path = "/api/customers")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
