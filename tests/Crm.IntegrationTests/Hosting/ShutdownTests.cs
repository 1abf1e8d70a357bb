using System.Diagnostics;
using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;
using Crm.AppHost.Resources;

namespace Crm.IntegrationTests.Hosting;

/// <summary>A suite of its own (RabbitMQ and Redis only), so stopping it disturbs no other test.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_app_host_leaves_no_process_and_no_held_port()
    {
        var builder = DistributedApplicationBuilder.CreateBuilder([], new Dictionary<string, string?> { ["RabbitMQ:Management"] = "false" });
        builder.EchoLogs = false;
        builder.AddRabbitMQ("messaging");
        builder.AddRedis("cache");
        var app = builder.Build();
        await app.StartAsync();
        var rabbit = app.Get<RabbitMqResource>("messaging");
        var redis = app.Get<RedisResource>("cache");
        var pids = app.Resources.Select(r => r.ProcessId).OfType<int>().ToList();

        await rabbit.KillAsync();
        await rabbit.StartAgainAsync();
        Assert.True(await Probes.AmqpAsync(rabbit.Port, CancellationToken.None), "RabbitMQ starts again on the same port after a crash");

        pids.Add(rabbit.ProcessId!.Value);
        await app.DisposeAsync();

        Assert.All(pids, pid => Assert.False(IsRunning(pid), $"process {pid} is still running"));
        Assert.True(FreePort.IsFree(rabbit.Port));
        Assert.True(FreePort.IsFree(redis.Port));
        Assert.DoesNotContain(Process.GetProcessesByName("beam.smp"), p => CommandLine(p.Id).Contains(rabbit.NodeName, StringComparison.Ordinal));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
