using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.AppHost.Suite;

/// <summary>
/// A server is ready when it answers its own protocol's greeting on its loopback port: RabbitMQ the AMQP 0-9-1 protocol
/// header with Connection.Start, Redis <c>PING</c> with <c>+PONG</c>, an SMTP server its <c>220</c> greeting.
/// </summary>
public sealed class ServerHandshakeHealthCheck(int port, byte[] greeting, Func<ReadOnlyMemory<byte>, bool> answered, string protocol) : IHealthCheck
{
    public static ServerHandshakeHealthCheck Amqp(int port) =>
        new(port, "AMQP\0\0\u0009\u0001"u8.ToArray(), reply => reply.Span[0] == 1, "the AMQP handshake");

    public static ServerHandshakeHealthCheck RedisPing(int port) =>
        new(port, "PING\r\n"u8.ToArray(), reply => reply.Span.StartsWith("+PONG"u8), "PING");

    /// <summary>An SMTP server speaks first, <c>220</c>; a client that talks before the greeting is refused as an early talker.</summary>
    public static ServerHandshakeHealthCheck SmtpGreeting(int port) =>
        new(port, [], reply => reply.Span.StartsWith("220"u8), "the SMTP greeting");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(greeting, timeout.Token);
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply, timeout.Token);
            return read > 0 && answered(reply.AsMemory(0, read))
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"port {port} did not answer {protocol}");
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"port {port}: {e.Message}");
        }
    }
}
