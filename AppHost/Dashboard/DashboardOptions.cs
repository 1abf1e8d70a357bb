using System.Net;
using Crm.AppHost.Dashboard.Access;
using Microsoft.Extensions.Configuration;

namespace Crm.AppHost.Dashboard;

/// <summary>
/// Where the dashboard listens and who may open it (<c>Dashboard:*</c> in configuration). On loopback nobody needs a
/// token; bound anywhere else (or with <c>Dashboard:RequireToken</c>) a browser must log in with the token printed at start.
/// </summary>
public sealed record DashboardOptions
{
    public const int DefaultPort = 18888;
    public const string OtlpApiKeyHeader = "x-otlp-api-key";

    public bool Enabled { get; init; } = true;
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = DefaultPort;
    public bool RequireToken { get; init; }
    /// <summary>The browser token; a random one per run unless configured.</summary>
    public string BrowserToken { get; init; } = AccessTokens.New();
    /// <summary>The key services send with their OTLP exports (they get it through OTEL_EXPORTER_OTLP_HEADERS).</summary>
    public string OtlpApiKey { get; init; } = AccessTokens.New();

    public IPAddress Address => Host switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "0.0.0.0" or "+" => IPAddress.Any,
        _ => IPAddress.TryParse(Host, out var address) ? address : throw new InvalidOperationException($"Dashboard:Host '{Host}' is not an IP address."),
    };

    public bool IsLoopback => IPAddress.IsLoopback(Address);

    public bool NeedsToken => RequireToken || !IsLoopback;

    public Uri Url => new($"http://{(IsLoopback ? Address.ToString() : Host is "*" or "0.0.0.0" or "+" ? Dns.GetHostName() : Host)}:{Port}/");

    /// <summary>The address services export OTLP to: always loopback, the dashboard runs on this machine.</summary>
    public Uri OtlpEndpoint => new($"http://{(IsLoopback ? Address : IPAddress.Loopback)}:{Port}");

    public Uri LoginUrl => NeedsToken ? new Uri(Url, $"login?t={BrowserToken}") : Url;

    public static DashboardOptions From(IConfiguration configuration, Func<int> freePort)
    {
        var section = configuration.GetSection("Dashboard");
        var port = section.GetValue("Port", DefaultPort);
        var options = new DashboardOptions
        {
            Enabled = section.GetValue("Enabled", true),
            Host = section["Host"] is { Length: > 0 } host ? host : "127.0.0.1",
            Port = port == 0 ? freePort() : port,
            RequireToken = section.GetValue("RequireToken", false),
        };
        return section["Token"] is { Length: > 0 } token ? options with { BrowserToken = token } : options;
    }
}
