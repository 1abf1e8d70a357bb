using System.Net.Sockets;
using System.Text;

namespace Crm.AppHost.Processes;

/// <summary>Readiness probes that speak each server's own protocol.</summary>
public static class Probes
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };

    /// <summary>RabbitMQ is ready when it answers the AMQP 0-9-1 protocol header with Connection.Start.</summary>
    public static async Task<bool> AmqpAsync(int port, CancellationToken ct)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token);
            var buffer = new byte[8];
            return await stream.ReadAsync(buffer, timeout.Token) > 0 && buffer[0] == 1;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    public static async Task<bool> RedisAsync(int port, CancellationToken ct)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    public static async Task<bool> HttpHealthAsync(Uri endpoint, CancellationToken ct)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(endpoint, "/health"), ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public static async Task<bool> UntilAsync(Func<CancellationToken, Task<bool>> probe, TimeSpan timeout, CancellationToken ct, Func<bool>? giveUp = null)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (await probe(ct))
            {
                return true;
            }

            if (giveUp?.Invoke() == true)
            {
                return false;
            }

            await Task.Delay(200, ct);
        }

        return false;
    }
}
