using Microsoft.AspNetCore.Http;

namespace Crm.BuildingBlocks.Api;

/// <summary>Strong ETags from a resource's version number, and If-Match checks (a stale one → 412).</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    /// <summary>True when the request has no If-Match, <c>*</c>, or one that names the current version.</summary>
    public static bool IfMatchAllows(HttpRequest request, long currentVersion)
    {
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return true;
        }

        var current = For(currentVersion);
        return ifMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim())
            .Any(v => v == "*" || v == current || v == "W/" + current);
    }

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);
}
