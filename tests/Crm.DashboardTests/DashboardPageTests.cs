using System.Globalization;
using System.Text.RegularExpressions;
using Crm.AppHost.Dashboard.Telemetry;
using Crm.AppHost.Resources;
using Crm.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.DashboardTests;

[Collection(DashboardCollection.Name)]
public sealed partial class DashboardPageTests(DashboardSuiteFixture suite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly string[] Consumers = [ResourceNames.Tickets, ResourceNames.Surveys, ResourceNames.Campaigns, ResourceNames.PartnerData];

    [Fact]
    public async Task The_resources_page_lists_every_resource_running_and_healthy_with_its_endpoints()
    {
        await suite.WaitUntilAllHealthyAsync(Patience);
        var page = await suite.OpenAsync("/");

        foreach (var resource in suite.App.Resources)
        {
            await Expect(page.Locator($"[data-resource='{resource.Name}']")).ToBeVisibleAsync();
            await Expect(page.Locator($"[data-resource-state='{resource.Name}']")).ToHaveTextAsync("Running");
            await Expect(page.Locator($"[data-resource-health='{resource.Name}']")).ToHaveTextAsync("Healthy", new() { Timeout = (float)Patience.TotalMilliseconds });
        }

        // Endpoints are links a person can follow: the gateway's opens its own page.
        var gatewayLink = page.Locator($"a[href='{suite.GatewayUrl}'], [href='{suite.GatewayUrl}']").First;
        await Expect(gatewayLink).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(suite.DocsFolder, "dashboard-resources.png"), FullPage = true });
    }

    [Fact]
    public async Task A_request_through_the_gateway_appears_as_one_trace_from_the_gateway_through_customers_to_a_consumer()
    {
        await suite.WaitUntilAllHealthyAsync(Patience);
        var traceId = await Gateway.RegisterCustomerAsync(suite.GatewayUrl);

        var page = await suite.OpenAsync($"/traces/{traceId}");
        var services = page.Locator("[data-testid='trace-services']");
        var wait = new LocatorAssertionsToBeVisibleOptions { Timeout = (float)Patience.TotalMilliseconds };
        await Expect(services.Locator($"[data-service='{ResourceNames.Gateway}']")).ToBeVisibleAsync(wait);
        await Expect(services.Locator($"[data-service='{ResourceNames.Customers}']")).ToBeVisibleAsync(wait);
        await Expect(page.Locator("[data-testid='waterfall'] tr[data-span-kind='Consumer']").First).ToBeVisibleAsync(wait);

        // What the waterfall draws is one causal chain: a consumer's span leads back, parent by parent, to the gateway's request.
        var trace = suite.Dashboard.Store.Trace(traceId)!;
        var consumer = trace.Spans.First(s => s.Kind == TelemetrySpanKind.Consumer && Consumers.Contains(s.Service));
        var chain = Ancestors(trace, consumer).Select(s => s.Service).ToList();
        Assert.Equal(ResourceNames.Gateway, chain[^1]);
        Assert.Contains(ResourceNames.Customers, chain);
        Assert.All(trace.Spans, s => Assert.Equal(traceId, s.TraceId));

        await WaitForAllConsumersAsync(page, wait);
        await page.ScreenshotAsync(new() { Path = Path.Combine(suite.DocsFolder, "dashboard-trace.png"), FullPage = true });

        var list = await suite.OpenAsync("/traces");
        await Expect(list.Locator($"[data-trace='{traceId}']")).ToBeVisibleAsync(wait);
        await list.ScreenshotAsync(new() { Path = Path.Combine(suite.DocsFolder, "dashboard-traces.png") });
    }

    [Fact]
    public async Task Restarting_a_service_from_the_page_takes_it_through_starting_back_to_healthy()
    {
        await suite.WaitUntilAllHealthyAsync(Patience);
        var tickets = suite.App[ResourceNames.Tickets];
        var restartsBefore = tickets.Restarts;
        var pidBefore = tickets.ProcessId;
        var page = await suite.OpenAsync("/");
        var state = page.Locator($"[data-resource-state='{ResourceNames.Tickets}']");
        await Expect(state).ToHaveTextAsync("Running");

        await page.Locator($"[data-resource-action='{ResourceNames.Tickets}'][data-action='restart']").ClickAsync();

        await Expect(state).ToHaveTextAsync("Starting", new() { Timeout = 30_000 });
        await Expect(state).ToHaveTextAsync("Running", new() { Timeout = (float)Patience.TotalMilliseconds });
        await Expect(page.Locator($"[data-resource-health='{ResourceNames.Tickets}']")).ToHaveTextAsync("Healthy", new() { Timeout = 30_000 });
        await Expect(page.Locator($"[data-resource-restarts='{ResourceNames.Tickets}']")).ToHaveTextAsync((restartsBefore + 1).ToString(CultureInfo.InvariantCulture));
        // Uptime starts again from the restart: seconds, not minutes.
        await Expect(page.Locator($"[data-resource-uptime='{ResourceNames.Tickets}']")).ToHaveTextAsync(SecondsOnly());
        Assert.Equal(ResourceState.Healthy, tickets.State);
        Assert.NotEqual(pidBefore, tickets.ProcessId);
    }

    [Fact]
    public async Task The_broker_and_the_cache_restart_from_the_page_and_the_services_stay_healthy()
    {
        await suite.WaitUntilAllHealthyAsync(Patience);
        var page = await suite.OpenAsync("/");

        foreach (var name in new[] { ResourceNames.Cache, ResourceNames.Messaging })
        {
            var restartsBefore = suite.App[name].Restarts;
            await page.Locator($"[data-resource-action='{name}'][data-action='restart']").ClickAsync();
            await Expect(page.Locator($"[data-resource-restarts='{name}']")).ToHaveTextAsync((restartsBefore + 1).ToString(CultureInfo.InvariantCulture),
                new() { Timeout = (float)Patience.TotalMilliseconds });
            await Expect(page.Locator($"[data-resource-state='{name}']")).ToHaveTextAsync("Running", new() { Timeout = (float)Patience.TotalMilliseconds });
            await Expect(page.Locator($"[data-resource-health='{name}']")).ToHaveTextAsync("Healthy", new() { Timeout = (float)Patience.TotalMilliseconds });
        }

        // The services reconnect by themselves: every one answers its health check again, broker and cache included.
        await suite.WaitUntilAllHealthyAsync(Patience);
        await Gateway.RegisterCustomerAsync(suite.GatewayUrl);
    }

    [Fact]
    public async Task The_metrics_page_charts_requests_and_messages_of_the_services()
    {
        await suite.WaitUntilAllHealthyAsync(Patience);
        await Gateway.RegisterCustomerAsync(suite.GatewayUrl);
        await Gateway.RegisterCustomerAsync(suite.GatewayUrl);
        var page = await suite.OpenAsync("/metrics");
        var wait = new LocatorAssertionsToBeVisibleOptions { Timeout = (float)Patience.TotalMilliseconds };

        foreach (var title in new[] { "Requests", "Latency p95", "Server errors (5xx)", "Messages published", "Messages consumed", "Outbox backlog" })
        {
            await Expect(page.Locator($"[data-chart='{title}']")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("[data-chart='Requests'] polyline").First).ToBeVisibleAsync(wait);
        await Expect(page.Locator("[data-chart='Messages published'] .legend", new() { HasText = ResourceNames.Customers })).ToBeVisibleAsync(wait);
        await Expect(page.Locator("[data-chart='Messages consumed'] .legend", new() { HasText = ResourceNames.Tickets })).ToBeVisibleAsync(wait);
        await page.ScreenshotAsync(new() { Path = Path.Combine(suite.DocsFolder, "dashboard-metrics.png") });
    }

    [Fact]
    public async Task Structured_logs_filter_by_service_and_console_logs_follow_a_resource_live()
    {
        await suite.WaitUntilAllHealthyAsync(Patience);
        await Gateway.RegisterCustomerAsync(suite.GatewayUrl);
        var wait = new LocatorAssertionsToBeVisibleOptions { Timeout = (float)Patience.TotalMilliseconds };

        var logs = await suite.OpenAsync($"/logs?service={ResourceNames.Customers}&level=Information");
        await Expect(logs.Locator($"[data-log-service='{ResourceNames.Customers}']").First).ToBeVisibleAsync(wait);
        Assert.Equal(0, await logs.Locator("[data-log-service]").Filter(new() { HasNotText = ResourceNames.Customers }).CountAsync());
        await logs.ScreenshotAsync(new() { Path = Path.Combine(suite.DocsFolder, "dashboard-logs.png") });

        // Typing in the filter narrows the list as you type.
        await logs.Locator("[data-testid='logs-filter'] input, input[data-testid='logs-filter']").First.FillAsync("Now listening");
        var rows = logs.Locator("[data-log-service]");
        await Expect(rows).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        var console = await suite.OpenAsync($"/console/{ResourceNames.Customers}");
        var lines = console.Locator("[data-testid='console'] > div");
        await Expect(lines.First).ToBeVisibleAsync(wait);
        var before = await lines.CountAsync();
        suite.App[ResourceNames.Customers].Log.Add("dashboard test: a line printed just now");
        await Expect(console.Locator("[data-testid='console']", new() { HasText = "a line printed just now" })).ToBeVisibleAsync(wait);
        Assert.True(await lines.CountAsync() > before);
        await console.ScreenshotAsync(new() { Path = Path.Combine(suite.DocsFolder, "dashboard-console.png") });
    }

    private static IEnumerable<SpanData> Ancestors(TraceData trace, SpanData span)
    {
        for (var current = span; current is not null; current = trace.Spans.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            yield return current;
        }
    }

    /// <summary>For the screenshot: every consumer of CustomerRegistered has reported its span.</summary>
    private static async Task WaitForAllConsumersAsync(IPage page, LocatorAssertionsToBeVisibleOptions wait)
    {
        foreach (var service in Consumers)
        {
            await Expect(page.Locator($"[data-testid='trace-services'] [data-service='{service}']")).ToBeVisibleAsync(wait);
        }
    }

    [GeneratedRegex(@"^\d+ s$")]
    private static partial Regex SecondsOnly();
}
