using MassTransit;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>Which queues the watchdog watches: those of the service's receive endpoints, from ready until stopping.</summary>
public sealed partial class ConsumerWatchdog : IReceiveEndpointObserver
{
    public Task Ready(ReceiveEndpointReady ready)
    {
        if (QueueOf(ready.InputAddress) is { } queue)
        {
            _presence.Watch(queue);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping)
    {
        if (QueueOf(stopping.InputAddress) is { } queue)
        {
            _presence.Unwatch(queue);
        }

        return Task.CompletedTask;
    }

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    /// <summary>The queue behind a RabbitMQ input address, or null for one that lives only as long as its connection.</summary>
    public static string? QueueOf(Uri inputAddress)
    {
        var query = inputAddress.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        if (query.Any(p => p is "temporary=true" or "durable=false" or "autodelete=true"))
        {
            return null;
        }

        var name = inputAddress.Segments.LastOrDefault()?.Trim('/');
        return string.IsNullOrEmpty(name) ? null : Uri.UnescapeDataString(name);
    }}
