using System.Data.Common;
using System.Security.Cryptography;
using Crm.AppHost.Dashboard;
using Crm.AppHost.Dashboard.Telemetry;
using Crm.AppHost.Processes;
using Crm.AppHost.Resources;
using Crm.Contracts;
using Microsoft.Extensions.Configuration;

namespace Crm.AppHost.Hosting;

/// <summary>Collects the resources of the suite; external servers in configuration replace the local ones.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];

    private DistributedApplicationBuilder(IConfiguration configuration, string environmentName)
    {
        Configuration = configuration;
        EnvironmentName = environmentName;
    }

    public IConfiguration Configuration { get; }
    public string EnvironmentName { get; }
    public bool EchoLogs { get; set; } = true;
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(90);
    public string RunId { get; } = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
    public string RepositoryRoot { get; } = RepositoryPaths.FindRoot();
    public string RunDirectory => Path.Combine(RepositoryRoot, ".data", RunId);
    public IReadOnlyList<Resource> Resources => _resources;

    public static DistributedApplicationBuilder CreateBuilder(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var environment = configuration["environment"] ?? configuration["DOTNET_ENVIRONMENT"] ?? configuration["ASPNETCORE_ENVIRONMENT"] ?? "Development";
        return new DistributedApplicationBuilder(configuration, environment);
    }

    public bool IsDevelopment => string.Equals(EnvironmentName, "Development", StringComparison.OrdinalIgnoreCase);

    public ResourceBuilder<Resource> AddRabbitMQ(string name) =>
        Add<Resource>(Configuration.GetConnectionString(name) is { Length: > 0 } external
            ? new ConnectionStringResource(name, ResourceType.RabbitMQ, external)
            : new RabbitMqResource(name));

    public ResourceBuilder<Resource> AddRedis(string name) =>
        Add<Resource>(Configuration.GetConnectionString(name) is { Length: > 0 } external
            ? new ConnectionStringResource(name, ResourceType.Redis, external)
            : new RedisResource(name));

    /// <summary>A SQLite file in the run's folder, or a database of its own on the configured SQL Server.</summary>
    public ResourceBuilder<Resource> AddDatabase(string name)
    {
        string connectionString;
        if (Configuration.GetConnectionString(ResourceNames.SqlServer) is { Length: > 0 } sqlServer)
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = sqlServer };
            builder["Database"] = "crm_" + name.Replace("-db", "", StringComparison.Ordinal).Replace('-', '_');
            connectionString = builder.ConnectionString;
        }
        else
        {
            connectionString = $"Data Source={Path.Combine(RunDirectory, name.Replace("-db", ".db", StringComparison.Ordinal))}";
        }

        return Add<Resource>(new ConnectionStringResource(name, ResourceType.Database, connectionString));
    }

    public ResourceBuilder<ProjectResource> AddProject(string name, string projectDirectory) => Add(new ProjectResource(name, projectDirectory));

    public DistributedApplication Build()
    {
        var shared = new Dictionary<string, string>
        {
            ["Auth__SigningKey"] = Configuration["Auth:SigningKey"] ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Auth__Issuer"] = Configuration["Auth:Issuer"] ?? "crm-aspire",
            ["Auth__Audience"] = Configuration["Auth:Audience"] ?? "crm-api",
            // One cursor key for every instance of every service, so a paging cursor survives a restart or another instance.
            ["Paging__CursorKey"] = Configuration["Paging:CursorKey"] ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var dashboard = DashboardOptions.From(Configuration, FreePort.Next);
        if (Configuration["Dashboard:OtlpEndpoint"] is { Length: > 0 } otlp)
        {
            shared["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
            shared["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        }
        else if (dashboard.Enabled)
        {
            // As Aspire does for its dashboard: OTLP/HTTP to the app host, with a key, exported every second or two.
            shared["OTEL_EXPORTER_OTLP_ENDPOINT"] = dashboard.OtlpEndpoint.ToString().TrimEnd('/');
            shared["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            shared["OTEL_EXPORTER_OTLP_HEADERS"] = $"{DashboardOptions.OtlpApiKeyHeader}={dashboard.OtlpApiKey}";
            shared["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            shared["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            shared["OTEL_METRIC_EXPORT_INTERVAL"] = "2000";
        }

        Directory.CreateDirectory(RunDirectory);
        var host = new HostContext
        {
            RepositoryRoot = RepositoryRoot,
            RunDirectory = RunDirectory,
            EnvironmentName = EnvironmentName,
            Configuration = Configuration,
            SharedEnvironment = shared,
            EchoLogs = EchoLogs,
            HealthTimeout = HealthTimeout,
        };
        return new DistributedApplication(host, _resources, dashboard.Enabled ? new DashboardServer(dashboard, new TelemetryStore()) : null);
    }

    private ResourceBuilder<T> Add<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named {resource.Name} exists already.");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }
}
