using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Crm.Identity.Connect;

/// <summary>
/// Redirect URIs as registered, plus RFC 8252 §7.3: a native app listens on a loopback port the system picks, so a
/// registered <c>http://127.0.0.1/callback</c> (no port) matches <c>http://127.0.0.1:{any port}/callback</c>. Nothing
/// else is relaxed: same scheme, host, path and query.
/// </summary>
public sealed class LoopbackRedirectApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store) where TApplication : class
{
    public override async ValueTask<bool> ValidateRedirectUriAsync(TApplication application, string uri, CancellationToken cancellationToken = default)
    {
        if (await base.ValidateRedirectUriAsync(application, uri, cancellationToken))
        {
            return true;
        }

        if (LoopbackRedirect.WithoutPort(uri) is not { } portless)
        {
            return false;
        }

        var registered = await GetRedirectUrisAsync(application, cancellationToken);
        return registered.Contains(portless, StringComparer.Ordinal);
    }
}
