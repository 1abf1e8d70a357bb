using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.BuildingBlocks.Api;

/// <summary>
/// Strong ETags from a resource's version number, and If-Match checks: an update of a resource that has an ETag must
/// say which version it changes (none → 428), and a stale one → 412.
/// </summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    public static IfMatch Check(HttpRequest request, long currentVersion)
    {
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.Count == 0 || ifMatch.All(string.IsNullOrWhiteSpace))
        {
            return IfMatch.Missing;
        }

        var current = For(currentVersion);
        return ifMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim())
            .Any(v => v == "*" || v == current || v == "W/" + current) ? IfMatch.Current : IfMatch.Stale;
    }

    /// <summary>The problem to answer when the request may not update this version (428 or 412), else null.</summary>
    public static ProblemHttpResult? Precondition(HttpRequest request, long currentVersion) => Check(request, currentVersion) switch
    {
        IfMatch.Missing => Problems.PreconditionRequired(),
        IfMatch.Stale => Problems.PreconditionFailed(),
        _ => null,
    };

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);
}
