using Crm.Web.Api.Client;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Crm.Web.Api;

/// <summary>The generated client of the public API, as the signed-in person or (survey links) as nobody.</summary>
public sealed class ApiClients(IHttpClientFactory http, UserAccessTokens tokens, WebSettings settings)
{
    private CrmApi? _user;
    private CrmApi? _anonymous;

    /// <summary>Calls carry the person's bearer token (renewed when it runs out).</summary>
    public CrmApi User => _user ??= Create(new BaseBearerTokenAuthenticationProvider(tokens));

    /// <summary>Calls without any credential: routes whose URL is the credential (a survey invitation's token).</summary>
    public CrmApi Anonymous => _anonymous ??= Create(new AnonymousAuthenticationProvider());

    private CrmApi Create(IAuthenticationProvider authentication) =>
        new(new HttpClientRequestAdapter(authentication, httpClient: http.CreateClient(ApiExtensions.ClientName))
        {
            BaseUrl = settings.PublicUri.ToString().TrimEnd('/'),
        });
}
