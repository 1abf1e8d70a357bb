namespace Crm.Identity.Connect;

/// <summary>RFC 8252 loopback redirects: <c>http://127.0.0.1:{port}/…</c> or <c>http://[::1]:{port}/…</c>, compared without the port.</summary>
public static class LoopbackRedirect
{
    /// <summary>The URI without its port when it is an http loopback IP literal with one; otherwise null.</summary>
    public static string? WithoutPort(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme != Uri.UriSchemeHttp
            || parsed.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6) || !parsed.IsLoopback
            || parsed.IsDefaultPort || !string.IsNullOrEmpty(parsed.UserInfo) || !string.IsNullOrEmpty(parsed.Fragment))
        {
            return null;
        }

        return new UriBuilder(parsed) { Port = -1 }.Uri.AbsoluteUri;
    }
}
