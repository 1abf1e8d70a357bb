using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Crm.AppHost.Processes;

namespace Crm.UnitTests.Hosting;

public sealed class FreePortTests
{
    [Fact]
    public void A_resource_port_is_free_and_outside_the_range_the_kernel_hands_to_outgoing_connections()
    {
        var ephemeralStart = int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);

        var ports = Enumerable.Range(0, 20).Select(_ => FreePort.Next()).ToList();

        Assert.All(ports, port => Assert.InRange(port, 10_000, ephemeralStart - 1));
        Assert.All(ports, port => Assert.True(FreePort.IsFree(port)));
    }

    [Fact]
    public void A_port_someone_listens_on_is_not_free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, FreePort.Next());
        listener.Start();

        Assert.False(FreePort.IsFree(((IPEndPoint)listener.LocalEndpoint).Port));
    }
}
