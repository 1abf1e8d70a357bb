using Crm.AppHost.Dashboard.Access;
using Crm.AppHost.Dashboard.Components;
using Crm.AppHost.Dashboard.Otlp;
using Crm.AppHost.Dashboard.Resources;
using Crm.AppHost.Dashboard.Telemetry;
using Crm.AppHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Crm.AppHost.Dashboard;

/// <summary>
/// The ops dashboard inside the app host: a Kestrel app serving the Blazor pages and receiving OTLP from every service.
/// It starts before the resources (so their first telemetry has somewhere to go) and stops after them.
/// </summary>
public sealed class DashboardServer(DashboardOptions options, TelemetryStore store) : IAsyncDisposable
{
    private WebApplication? _web;

    public DashboardOptions Options { get; } = options;
    public TelemetryStore Store { get; } = store;

    public async Task StartAsync(DistributedApplication app, CancellationToken ct)
    {
        // The app host's own build output holds the static web assets manifest (FluentUI's styles and scripts,
        // blazor.web.js); a test process that hosts the suite has another base directory, so point at it.
        var appHostBin = Path.Combine(app.Host.RepositoryRoot, "AppHost", "bin", app.Host.BuildConfiguration, "net10.0");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardServer).Assembly.GetName().Name,
            ContentRootPath = Directory.Exists(appHostBin) ? appHostBin : AppContext.BaseDirectory,
            EnvironmentName = app.Host.EnvironmentName,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, Path.Combine(builder.Environment.ContentRootPath, "Crm.AppHost.staticwebassets.runtime.json"));
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(k => k.Listen(Options.Address, Options.Port));
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Crm.AppHost.Dashboard", LogLevel.Information);

        builder.Services.AddSingleton(Options).AddSingleton(Store).AddSingleton(app).AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ResourceHealthMonitor>().AddHostedService(s => s.GetRequiredService<ResourceHealthMonitor>());
        builder.Services.AddSingleton<ResourceCommands>();
        builder.Services.AddProblemDetails();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFluentUIComponents();

        var web = builder.Build();
        web.UseStatusCodePages();
        web.UseMiddleware<DashboardAccess>();
        web.UseAntiforgery();
        web.MapStaticAssets(Path.Combine(builder.Environment.ContentRootPath, "Crm.AppHost.staticwebassets.endpoints.json"));
        web.MapDashboardLogin();
        web.MapOtlp();
        web.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        try
        {
            await web.StartAsync(ct);
        }
        catch (IOException e)
        {
            await web.DisposeAsync();
            throw new InvalidOperationException($"The dashboard cannot listen on {Options.Url}: {e.Message} Set Dashboard:Port (0 picks a free one) or Dashboard:Enabled=false.", e);
        }

        _web = web;
    }

    public async Task StopAsync()
    {
        if (_web is { } web)
        {
            _web = null;
            await web.StopAsync(TimeSpan.FromSeconds(5));
            await web.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
