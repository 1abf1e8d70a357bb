using Crm.Contracts;
using Crm.SuiteHost;

namespace Crm.IntegrationTests.Hosting;

[Collection(SuiteCollection.Name)]
public sealed class AppHostTests(SuiteFixture suite)
{
    [Fact]
    public async Task Every_project_answers_its_health_endpoint()
    {
        using var client = new HttpClient();
        foreach (var project in ResourceNames.Services.Append(ResourceNames.Gateway))
        {
            // Another test of this collection may have just crashed a service; the app host starts it again.
            await Eventually.UntilAsync(async () =>
            {
                using var response = await client.GetAsync(new Uri(suite.ServiceUrl(project), "/health"));
                return response.IsSuccessStatusCode;
            }, TimeSpan.FromSeconds(90), $"{project} answers /health with success\n{suite.RecentLogs()}");
        }
    }

    [Fact]
    public void Every_project_runs_with_the_aspire_variables()
    {
        var tickets = Environment(suite.Suite.ProcessId(ResourceNames.Tickets)!.Value);
        var gateway = Environment(suite.Suite.ProcessId(ResourceNames.Gateway)!.Value);

        Assert.StartsWith("amqp://", tickets["ConnectionStrings__messaging"]);
        Assert.StartsWith("127.0.0.1:", tickets["ConnectionStrings__cache"]);
        Assert.StartsWith("Data Source=", tickets["ConnectionStrings__tickets-db"]);
        Assert.Equal("tickets", tickets["OTEL_SERVICE_NAME"]);
        Assert.DoesNotContain(tickets.Keys, k => k.StartsWith("ConnectionStrings__customers-db", StringComparison.Ordinal));
        foreach (var service in ResourceNames.Services)
        {
            Assert.Equal(suite.ServiceUrl(service).ToString().TrimEnd('/'), gateway[$"services__{service}__http__0"].TrimEnd('/'));
        }
    }

    [Fact]
    public async Task A_crashed_service_is_started_again_and_its_restart_counted()
    {
        var before = suite.Suite.Restarts(ResourceNames.Surveys);
        var pid = suite.Suite.ProcessId(ResourceNames.Surveys)!.Value;

        suite.Suite.Kill(ResourceNames.Surveys);

        Assert.True(await suite.Suite.WaitUntilRestartedAsync(ResourceNames.Surveys, before, TimeSpan.FromSeconds(90)),
            $"the app host starts a service that exited again\n{suite.RecentLogs()}");
        Assert.NotEqual(pid, suite.Suite.ProcessId(ResourceNames.Surveys));
        Assert.False(ProcessTree.IsRunning(pid));
    }

    private static Dictionary<string, string> Environment(int pid) =>
        File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).Where(kv => kv.Length == 2)
            .GroupBy(kv => kv[0]).ToDictionary(g => g.Key, g => g.Last()[1]);
}
