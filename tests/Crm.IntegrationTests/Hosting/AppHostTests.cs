using System.Diagnostics;
using Crm.AppHost.Resources;
using Crm.Contracts;

namespace Crm.IntegrationTests.Hosting;

[Collection(SuiteCollection.Name)]
public sealed class AppHostTests(SuiteFixture suite)
{
    [Fact]
    public async Task Every_project_answers_its_health_endpoint()
    {
        using var client = new HttpClient();
        foreach (var project in suite.App.Resources.OfType<ProjectResource>())
        {
            using var response = await client.GetAsync(new Uri(project.Endpoint!, "/health"));
            Assert.True(response.IsSuccessStatusCode, $"{project.Name}: {(int)response.StatusCode}\n{suite.RecentLogs()}");
        }
    }

    [Fact]
    public async Task Every_project_receives_the_aspire_variables()
    {
        var tickets = suite.Project(ResourceNames.Tickets);
        var gateway = suite.Project(ResourceNames.Gateway);

        var env = tickets.Environment(suite.App.Host);
        Assert.StartsWith("amqp://", env["ConnectionStrings__messaging"]);
        Assert.StartsWith("127.0.0.1:", env["ConnectionStrings__cache"]);
        Assert.StartsWith("Data Source=", env["ConnectionStrings__tickets-db"]);
        Assert.Equal("tickets", env["OTEL_SERVICE_NAME"]);
        Assert.DoesNotContain(env.Keys, k => k.StartsWith("ConnectionStrings__customers-db", StringComparison.Ordinal));

        var gatewayEnv = gateway.Environment(suite.App.Host);
        foreach (var service in ResourceNames.Services)
        {
            Assert.Equal(suite.ServiceUrl(service).ToString().TrimEnd('/'), gatewayEnv[$"services__{service}__http__0"]);
        }
    }

    [Fact]
    public async Task A_crashed_service_is_restarted()
    {
        var surveys = suite.Project(ResourceNames.Surveys);
        var before = surveys.Restarts;
        var pid = surveys.ProcessId!.Value;

        Process.GetProcessById(pid).Kill();

        await Eventually.UntilAsync(() => Task.FromResult(surveys.Restarts > before && surveys.State == ResourceState.Healthy),
            TimeSpan.FromSeconds(60), "the app host restarts a service that exited");
        Assert.NotEqual(pid, surveys.ProcessId);
    }
}
