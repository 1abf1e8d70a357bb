namespace Crm.AppHost.Suite;

/// <summary>A Redis server run from Debian's package as a local process (no container), and its connection string.</summary>
public sealed class RedisServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "redis-server", workingDirectory), IResourceWithConnectionString
{
    public const string PrimaryEndpointName = "tcp";

    public EndpointReference Primary => new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{Primary.Property(EndpointProperty.Port)}");
}
