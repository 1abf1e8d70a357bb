using System.Text;
using Crm.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crm.AppHost.Suite;

/// <summary>
/// Once the gateway is healthy (and so everything it waits for), prints where each part of the suite answers and how to
/// open the dashboard: the line <c>Crm.Aspire is running</c> is what scripts wait for.
/// </summary>
public sealed class ReadyBanner(DistributedApplicationModel model, ResourceNotificationService notifications, IConfiguration configuration)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await notifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var banner = new StringBuilder().AppendLine().AppendLine("Crm.Aspire is running");
        foreach (var resource in model.Resources)
        {
            var where = resource switch
            {
                IResourceWithEndpoints withEndpoints when withEndpoints.GetEndpoints().FirstOrDefault(e => e.EndpointName == "http") is { } http => http.Url,
                IResourceWithConnectionString withConnection => await withConnection.GetConnectionStringAsync(stoppingToken),
                _ => null,
            };
            if (where is not null)
            {
                banner.AppendLine($"  {resource.Name,-16} {where}");
            }
        }

        if (model.Resources.OfType<ProjectResource>().FirstOrDefault(p => p.Name == ResourceNames.Gateway) is { } gateway)
        {
            banner.AppendLine($"Gateway: {gateway.GetEndpoint("http").Url}");
        }

        if (configuration["ASPNETCORE_URLS"] is { Length: > 0 } dashboard && configuration["AppHost:BrowserToken"] is { Length: > 0 } token)
        {
            banner.AppendLine($"Dashboard: {dashboard.Split(';')[0].TrimEnd('/')}/login?t={token}");
        }

        Console.WriteLine(banner.ToString());
    }
}
