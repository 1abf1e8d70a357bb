using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Crm.Web.SignIn;

/// <summary>Renews a session's access token with its refresh token at the identity service's token endpoint.</summary>
public sealed class TokenRefresher(
    IHttpClientFactory http, IOptionsMonitor<OpenIdConnectOptions> oidc, SessionTokens store, WebSettings settings, ILogger<TokenRefresher> logger)
{
    public const string ClientName = "token-refresh";

    /// <summary>A valid access token for the session, renewed when it is about to expire; null when the session has ended.</summary>
    public async Task<string?> AccessTokenAsync(string session, CancellationToken ct)
    {
        if (store.Get(session) is not { } tokens)
        {
            return null;
        }

        if (!tokens.NeedsRefresh(DateTimeOffset.UtcNow, settings.TokenRefreshMargin))
        {
            return tokens.AccessToken;
        }

        var gate = store.LockOf(session);
        await gate.WaitAsync(ct);
        try
        {
            tokens = store.Get(session);
            if (tokens is null || !tokens.NeedsRefresh(DateTimeOffset.UtcNow, settings.TokenRefreshMargin))
            {
                return tokens?.AccessToken;
            }

            var renewed = tokens.RefreshToken is { } refresh ? await RefreshAsync(refresh, tokens, ct) : null;
            if (renewed is null)
            {
                store.Remove(session);
                return null;
            }

            store.Set(session, renewed);
            logger.LogInformation("Renewed a session's access token; it now expires at {ExpiresAt:o}", renewed.ExpiresAt);
            return renewed.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<TokenSet?> RefreshAsync(string refreshToken, TokenSet current, CancellationToken ct)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(ct);
        using var request = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret ?? "",
        });
        using var response = await http.CreateClient(ClientName).PostAsync(configuration.TokenEndpoint, request, ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Refreshing a session's access token was refused with {Status}; the person signs in again", (int)response.StatusCode);
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var root = body.RootElement;
        var expiresIn = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 300;
        return new TokenSet(
            root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var r) ? r.GetString() : refreshToken,
            DateTimeOffset.UtcNow.AddSeconds(expiresIn),
            root.TryGetProperty("id_token", out var id) ? id.GetString() : current.IdToken);
    }
}
