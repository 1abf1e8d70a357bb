using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Gateway.Health;

/// <summary>A service behind the gateway answers its own <c>/health</c>.</summary>
public sealed class DownstreamHealthCheck(IHttpClientFactory clients, IReadOnlyList<string> endpoints) : IHealthCheck
{
    public const string ClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(ClientName);
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(new Uri(endpoint), "/health"), cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    failures.Add($"{endpoint} answered {(int)response.StatusCode}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failures.Add($"{endpoint} unreachable: {ex.Message}");
            }
        }

        return failures.Count == 0
            ? HealthCheckResult.Healthy(string.Join(", ", endpoints))
            : HealthCheckResult.Unhealthy(string.Join("; ", failures));
    }
}
