using System.Net.Sockets;
using System.Text;

namespace Crm.UnitTests.Gateway;

/// <summary>Requests written byte for byte on a socket: what HttpClient refuses to send (non-ASCII header values, CONNECT).</summary>
public static class RawHttp
{
    public sealed record Answer(int Status, string Head, string Body);

    /// <summary>Sends <paramref name="head"/> (request line and headers, without the blank line) and reads the whole answer.</summary>
    public static async Task<Answer> SendAsync(Uri server, byte[] head)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(head, timeout.Token);
        await stream.WriteAsync("Connection: close\r\n\r\n"u8.ToArray(), timeout.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        var text = Encoding.Latin1.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var status = int.Parse(text.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        return new Answer(status, split < 0 ? text : text[..split], split < 0 ? "" : text[(split + 4)..]);
    }

    public static byte[] Request(string requestLine, Uri server, params byte[][] extraHeaders)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes($"{requestLine}\r\nHost: {server.Authority}\r\n"));
        foreach (var header in extraHeaders)
        {
            bytes.AddRange(header);
            bytes.AddRange("\r\n"u8.ToArray());
        }

        return [.. bytes];
    }
}
