using Crm.Web.SignIn;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Crm.Web.Api;

/// <summary>Hands Kiota the signed-in person's access token, for the gateway's host only.</summary>
public sealed class UserAccessTokens(UserSession session, WebSettings settings) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([settings.PublicUri.Authority]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        session.AccessTokenAsync(cancellationToken);
}
