using System.Text.RegularExpressions;

namespace Crm.IntegrationTests.Contract;

/// <summary>The route list of the repository's API guide, <c>docs/API.md</c>: the list items under "## Every route".</summary>
public static partial class ApiGuide
{
    public static IReadOnlyList<string> Routes(string markdown)
    {
        var section = markdown[markdown.IndexOf("\n## Every route", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 1, StringComparison.Ordinal);
        return RouteLine().Matches(next < 0 ? section : section[..next]).Select(m => $"{m.Groups["method"].Value} {m.Groups["path"].Value}").ToList();
    }

    [GeneratedRegex(@"^- `(?<method>GET|POST|PUT|PATCH|DELETE) (?<path>/[^`\s]*)`", RegexOptions.Multiline)]
    private static partial Regex RouteLine();
}
