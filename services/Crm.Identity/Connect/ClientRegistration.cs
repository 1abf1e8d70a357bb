using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Crm.Identity.Connect;

/// <summary>Registers (or brings up to date) <c>crm-web</c> (confidential) and <c>crm-mobile</c> (public, PKCE) at startup.</summary>
public static class ClientRegistration
{
    public static async Task RegisterClientsAsync(IOpenIddictApplicationManager applications, IdentitySettings settings, CancellationToken ct = default)
    {
        var web = Descriptor(CrmClients.Web, "CRM console and portal", ClientTypes.Confidential);
        web.ClientSecret = settings.WebClientSecret is { Length: > 0 } secret
            ? secret
            : throw new InvalidOperationException("Identity:WebClientSecret is not configured; the app host hands it out.");
        web.RedirectUris.Add(new Uri(settings.WebRedirectUri));
        web.PostLogoutRedirectUris.Add(new Uri(settings.WebPostLogoutRedirectUri));
        await SaveAsync(applications, web, ct);

        var mobile = Descriptor(CrmClients.Mobile, "CRM mobile app", ClientTypes.Public);
        mobile.RedirectUris.Add(new Uri(CrmClients.MobileRedirect));
        mobile.RedirectUris.Add(new Uri(CrmClients.MobileLoopbackRedirect));
        mobile.PostLogoutRedirectUris.Add(new Uri(CrmClients.MobileRedirect));
        mobile.PostLogoutRedirectUris.Add(new Uri(CrmClients.MobileLoopbackRedirect));
        await SaveAsync(applications, mobile, ct);
    }

    private static OpenIddictApplicationDescriptor Descriptor(string clientId, string name, string type)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = name,
            ClientType = type,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            Permissions.Prefixes.Scope + CrmClients.ApiScope,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }

    private static async Task SaveAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, ct) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, ct);
        }
        else
        {
            await applications.CreateAsync(descriptor, ct);
        }
    }
}
