using System.Net.Sockets;
using System.Text;

namespace Crm.IntegrationTests.Security;

/// <summary>Requests written byte for byte on a socket: what HttpClient refuses to send (non-ASCII header values, CONNECT).</summary>
public static class RawHttp
{
    public sealed record Answer(int Status, string Head, string Body);

    /// <summary>Sends the request line and <paramref name="headers"/> (raw bytes each) to the gateway and reads the whole answer.</summary>
    public static async Task<Answer> SendAsync(Uri server, string requestLine, params byte[][] headers)
    {
        var request = new List<byte>(Encoding.ASCII.GetBytes($"{requestLine}\r\nHost: {server.Authority}\r\n"));
        foreach (var header in headers)
        {
            request.AddRange(header);
            request.AddRange("\r\n"u8.ToArray());
        }

        request.AddRange("Connection: close\r\n\r\n"u8.ToArray());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request.ToArray(), timeout.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        var text = Encoding.Latin1.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var status = int.Parse(text.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        return new Answer(status, split < 0 ? text : text[..split], split < 0 ? "" : text[(split + 4)..]);
    }

    public static byte[] Header(string name, params byte[] value) => [.. Encoding.ASCII.GetBytes(name + ": "), .. value];
}
