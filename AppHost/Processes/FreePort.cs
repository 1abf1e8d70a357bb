using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Crm.AppHost.Processes;

public static class FreePort
{
    private const int Lowest = 10_000;

    /// <summary>Ports handed out by this process: a resource binds its port only when it starts, so until then the port
    /// looks free, and a second resource drawing the same one would have both listening on it in turn (one resource's
    /// requests answered by another).</summary>
    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    /// <summary>
    /// A loopback port nobody listens on right now, below the kernel's ephemeral range: a port the OS hands out for
    /// outgoing connections could be taken by one in the seconds before a resource binds it (RabbitMQ's distribution
    /// port, bound late in its start, lost that race), a port below the range is only taken by another listener.
    /// </summary>
    public static int Next()
    {
        var below = EphemeralRangeStart();
        for (var attempt = 0; attempt < 200 && below > Lowest; attempt++)
        {
            var port = Random.Shared.Next(Lowest, below);
            if (IsFree(port) && HandedOut.TryAdd(port, true))
            {
                return port;
            }
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32_768;
        }
    }
}
