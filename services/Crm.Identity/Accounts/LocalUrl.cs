namespace Crm.Identity.Accounts;

/// <summary>Where a page may send the browser next: only a path on this site, never another host (no open redirect).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/account/signed-in";
}
