namespace Crm.SuiteHost;

/// <summary>How a test or harness wants the suite: everything else is the app model of <c>./run.sh</c>.</summary>
public sealed record SuiteOptions
{
    /// <summary>Echo every resource's console output to this process's console.</summary>
    public bool EchoLogs { get; init; } = System.Environment.GetEnvironmentVariable("CRM_TEST_ECHO_LOGS") == "1";

    /// <summary>RabbitMQ's management plugin (the fault harness inspects queues with it).</summary>
    public bool BrokerManagement { get; init; }

    /// <summary>Run the Aspire dashboard (the browser tests open it); its address is <see cref="RunningSuite.DashboardUrl"/>.</summary>
    public bool Dashboard { get; init; }

    public string Environment { get; init; } = "Development";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(4);

    /// <summary>More app host settings, e.g. <c>Auth:DevTokens:Enabled=false</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
