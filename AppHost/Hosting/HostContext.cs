using Microsoft.Extensions.Configuration;

namespace Crm.AppHost.Hosting;

/// <summary>What every resource of one run shares: where the repository and the run's data live, the environment and configuration.</summary>
public sealed class HostContext
{
    public required string RepositoryRoot { get; init; }
    public required string RunDirectory { get; init; }
    public required string EnvironmentName { get; init; }
    public required IConfiguration Configuration { get; init; }
    /// <summary>Environment every project receives (auth settings, OTLP endpoint).</summary>
    public required IReadOnlyDictionary<string, string> SharedEnvironment { get; init; }
    public bool EchoLogs { get; init; } = true;
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(90);
    public string BuildConfiguration { get; init; } =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public void Echo(string resource, string line, bool isError)
    {
        if (!EchoLogs)
        {
            return;
        }

        var writer = isError ? Console.Error : Console.Out;
        lock (writer)
        {
            writer.WriteLine($"[{resource}] {line}");
        }
    }
}
