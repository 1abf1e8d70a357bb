namespace Crm.AppHost.Dashboard.Resources;

public sealed record HealthCheckResult(HealthStatus Status, DateTimeOffset CheckedAt, string? Detail = null);
