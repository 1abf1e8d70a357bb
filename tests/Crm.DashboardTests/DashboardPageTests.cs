using System.Text.RegularExpressions;
using Crm.Contracts;
using Microsoft.Playwright;

namespace Crm.DashboardTests;

/// <summary>The real Aspire dashboard of the running suite, as ops see it in a browser.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardPageTests(DashboardSuiteFixture suite)
{
    private static readonly string[] Resources =
    [
        ResourceNames.Messaging, ResourceNames.Cache, ResourceNames.Gateway, .. ResourceNames.Services,
        .. ResourceNames.Services.Select(ResourceNames.DatabaseOf),
    ];

    [Fact]
    public async Task The_resources_page_shows_every_resource_running_and_healthy()
    {
        var page = await suite.OpenAsync();

        await PageAssertions.HoldsAsync(page, async () =>
        {
            foreach (var resource in Resources)
            {
                var state = Row(page, resource).Locator("td[col-index='2']");
                await Assertions.Expect(state).ToHaveAttributeAsync("title", "Running", new() { Timeout = 15_000 });
            }
        }, TimeSpan.FromMinutes(2));

        await Assertions.Expect(page.GetByText("No trusted development certificate")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(suite.ScreenshotFolder, "dashboard-resources.png") });
    }

    [Fact]
    public async Task A_customer_registration_is_one_trace_from_the_gateway_through_the_relay_to_every_consumer()
    {
        var traceId = await Gateway.RegisterCustomerAsync(suite.GatewayUrl);
        var page = await suite.OpenAsync();

        await page.GotoAsync(new Uri(suite.DashboardUrl, $"/traces/detail/{traceId}").ToString());
        var spans = page.Locator("[role=row]");
        foreach (var span in new[] { "outbox relay", "rabbitmq send", "tickets-customer-registered process",
                     "campaigns-customer-registered process", "partner-data-customer-registered process", "surveys-respondent-registered process" })
        {
            await Assertions.Expect(spans.Filter(new() { HasText = span }).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }

        // Every service that takes part: identity has no part in a registration.
        foreach (var resource in ResourceNames.Services.Except([ResourceNames.Identity]).Append(ResourceNames.Gateway))
        {
            await Assertions.Expect(spans.Filter(new() { Has = page.Locator("[role=gridcell]", new() { HasTextRegex = new Regex($"^\\s*{resource}\\s*$") }) }).First)
                .ToBeVisibleAsync();
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(suite.ScreenshotFolder, "dashboard-trace.png") });
    }

    [Fact]
    public async Task A_service_restarted_from_the_page_runs_again_as_a_new_process_and_is_not_counted_as_a_crash()
    {
        var page = await suite.OpenAsync();
        var before = suite.Suite.ProcessId(ResourceNames.Surveys);
        var crashes = suite.Suite.Restarts(ResourceNames.Surveys);

        await Row(page, ResourceNames.Surveys).Locator("fluent-button[aria-label='Actions']").ClickAsync();
        await page.Locator("[role=menuitem]", new() { HasText = "Restart" }).ClickAsync();

        await Eventually(() => suite.Suite.ProcessId(ResourceNames.Surveys) is { } pid && pid != before
                && suite.Suite.State(ResourceNames.Surveys) == "Running"
                && suite.Suite.Health(ResourceNames.Surveys) == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy,
            TimeSpan.FromSeconds(120));
        await Assertions.Expect(Row(page, ResourceNames.Surveys).Locator("td[col-index='2']")).ToHaveAttributeAsync("title", "Running", new() { Timeout = 60_000 });
        Assert.Equal(crashes, suite.Suite.Restarts(ResourceNames.Surveys));
    }

    [Fact]
    public async Task The_structured_logs_and_metrics_of_the_services_reach_the_dashboard()
    {
        await Gateway.RegisterCustomerAsync(suite.GatewayUrl);
        var page = await suite.OpenAsync($"/structuredlogs/resource/{ResourceNames.Customers}");
        await Assertions.Expect(page.Locator("[role=row]").Filter(new() { HasText = ResourceNames.Customers }).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(suite.ScreenshotFolder, "dashboard-logs.png") });

        await page.GotoAsync(new Uri(suite.DashboardUrl, $"/metrics/resource/{ResourceNames.Gateway}").ToString());
        await Assertions.Expect(page.GetByText("http.server.request.duration").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task Without_its_token_the_dashboard_asks_for_one()
    {
        var context = await suite.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(suite.DashboardUrl, "/").ToString());
        await page.WaitForURLAsync(new Regex("/login"));
        await page.GotoAsync(new Uri(suite.DashboardUrl, "/login?t=not-the-token").ToString());
        await page.WaitForTimeoutAsync(1_000);

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    private static ILocator Row(IPage page, string resource) =>
        page.Locator("tr", new() { Has = page.Locator(".resource-name-text", new() { HasTextRegex = new Regex($"^{Regex.Escape(resource)}$") }) });

    private static async Task Eventually(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(200);
        }
    }
}
