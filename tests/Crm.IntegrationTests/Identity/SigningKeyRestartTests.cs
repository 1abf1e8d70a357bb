using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Contracts;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// The identity service's keys live in its database, not in the process: after a crash and the app host's restart the
/// same signing key (same <c>kid</c>) is published, tokens issued before still pass the gateway, and refresh tokens
/// (encrypted with the stored encryption key) still work.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class SigningKeyRestartTests(SuiteFixture suite)
{
    [Fact]
    public async Task The_signing_key_and_the_tokens_it_signed_survive_a_restart_of_identity()
    {
        using var flow = new SignInFlow(suite);
        var kidBefore = await SigningKeyIdAsync();
        var tokens = await flow.SignInAsync("admin@crm.local", SignInTests.Password);
        var access = tokens.GetProperty("access_token").GetString()!;
        Assert.Equal(kidBefore, SignInFlow.Header(access).GetProperty("kid").GetString());
        var pid = suite.Suite.ProcessId(ResourceNames.Identity);
        var restarts = suite.Suite.Restarts(ResourceNames.Identity);

        suite.Suite.Kill(ResourceNames.Identity);
        Assert.True(await suite.Suite.WaitUntilRestartedAsync(ResourceNames.Identity, restarts, TimeSpan.FromSeconds(90)),
            $"the app host starts identity again\n{suite.RecentLogs()}");
        Assert.NotEqual(pid, suite.Suite.ProcessId(ResourceNames.Identity));

        Assert.Equal(kidBefore, await SigningKeyIdAsync());
        using var api = suite.AnonymousClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/customers?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/connect/userinfo")).StatusCode);

        using var refreshed = await flow.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        var newAccess = (await refreshed.SuccessJsonAsync()).GetProperty("access_token").GetString()!;
        Assert.Equal(kidBefore, SignInFlow.Header(newAccess).GetProperty("kid").GetString());
    }

    private async Task<string?> SigningKeyIdAsync()
    {
        using var client = suite.AnonymousClient();
        var jwks = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        return Assert.Single(jwks.GetProperty("keys").EnumerateArray(), k => k.GetProperty("use").GetString() == "sig").GetProperty("kid").GetString();
    }
}
