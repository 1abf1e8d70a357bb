using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.AppHost.Suite;

/// <summary>RabbitMQ is ready when it answers the AMQP 0-9-1 protocol header with Connection.Start.</summary>
public sealed class AmqpHandshakeHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token);
            var frame = new byte[8];
            return await stream.ReadAsync(frame, timeout.Token) > 0 && frame[0] == 1
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"port {port} did not answer the AMQP handshake");
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"port {port}: {e.Message}");
        }
    }
}
