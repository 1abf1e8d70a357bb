using System.Text;
using Crm.AppHost.Resources;

namespace Crm.AppHost.Hosting;

/// <summary>Where everything is, printed once the suite is healthy.</summary>
public static class ResourceTable
{
    public static string Render(DistributedApplication app)
    {
        var text = new StringBuilder().AppendLine().AppendLine("Crm.Aspire is running:");
        foreach (var r in app.Resources)
        {
            var where = r switch
            {
                RabbitMqResource { ManagementUrl: { } management } rabbit => $"{rabbit.ConnectionString}  (management {management})",
                _ => r.Endpoint?.ToString() ?? r.ConnectionString ?? "",
            };
            text.AppendLine($"  {r.Name,-14} {r.Type,-9} {r.State,-8} pid {r.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",-7} {where}");
        }

        if (app.Resources.FirstOrDefault(r => r.Name == Crm.Contracts.ResourceNames.Gateway)?.Endpoint is { } gateway)
        {
            text.AppendLine().AppendLine($"Gateway: {gateway}  ·  API reference: {gateway}docs  ·  Ctrl+C stops everything.");
        }

        if (app.Dashboard is { } dashboard)
        {
            text.AppendLine($"Dashboard: {dashboard.Options.LoginUrl}{(dashboard.Options.NeedsToken ? "  (the token changes with every run)" : "")}");
        }

        return text.ToString();
    }
}
