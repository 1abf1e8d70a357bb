using Crm.Contracts;

namespace Crm.AppHost.Dashboard.Components.Shared;

/// <summary>One colour per service, the same on every chart, badge and waterfall bar.</summary>
public static class Palette
{
    private static readonly Dictionary<string, string> Suite = new()
    {
        [ResourceNames.Gateway] = "#0f6cbd",
        [ResourceNames.Customers] = "#8764b8",
        [ResourceNames.Tickets] = "#ca5010",
        [ResourceNames.Surveys] = "#0b6a0b",
        [ResourceNames.Campaigns] = "#c239b3",
        [ResourceNames.PartnerData] = "#038387",
    };

    private static readonly string[] Others = ["#986f0b", "#d13438", "#4f6bed", "#5c2e91", "#498205", "#8e562e"];

    public static string Of(string name)
    {
        if (Suite.TryGetValue(name, out var colour))
        {
            return colour;
        }

        var hash = 0;
        foreach (var c in name)
        {
            hash = unchecked(hash * 31 + c);
        }

        return Others[(hash & int.MaxValue) % Others.Length];
    }
}
