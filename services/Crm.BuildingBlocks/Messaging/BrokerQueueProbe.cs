using System.Net.Sockets;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// The consumer watchdog's own connection to the broker (never the bus's, which may be the stranded one): asks how many
/// consumers a queue has, opening the connection and channel again after either was lost.
/// </summary>
internal sealed class BrokerQueueProbe(Uri broker, string serviceName, TimeSpan timeout) : IAsyncDisposable
{
    private readonly ConnectionFactory _factory = new()
    {
        Uri = broker,
        AutomaticRecoveryEnabled = false,
        TopologyRecoveryEnabled = false,
        RequestedConnectionTimeout = timeout,
        ClientProvidedName = $"{serviceName} consumer watchdog",
    };

    private IConnection? _connection;
    private IChannel? _channel;

    /// <summary>The consumers of <paramref name="queue"/>; a queue the broker does not have (it lost its data) has none.</summary>
    public async Task<uint> ConsumerCountAsync(string queue, CancellationToken ct)
    {
        try
        {
            var channel = await ChannelAsync(ct);
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).ConsumerCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            await CloseChannelAsync();
            return 0;
        }
    }

    /// <summary>What a broker that cannot be asked right now throws (down, restarting, too slow).</summary>
    public static bool IsUnreachable(Exception e) => e is BrokerUnreachableException or AlreadyClosedException
        or OperationInterruptedException or OperationCanceledException or TimeoutException or IOException or SocketException;

    public async Task CloseAsync()
    {
        await CloseChannelAsync();
        var connection = _connection;
        _connection = null;
        await DisposeQuietlyAsync(connection);
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task<IChannel> ChannelAsync(CancellationToken ct)
    {
        if (_connection is not { IsOpen: true })
        {
            await CloseAsync();
            _connection = await _factory.CreateConnectionAsync(ct);
        }

        if (_channel is not { IsOpen: true })
        {
            await CloseChannelAsync();
            _channel = await _connection.CreateChannelAsync(cancellationToken: ct);
        }

        return _channel;
    }

    private async Task CloseChannelAsync()
    {
        var channel = _channel;
        _channel = null;
        await DisposeQuietlyAsync(channel);
    }

    /// <summary>A channel or connection the broker may already have dropped: closing it may fail, and that is fine.</summary>
    private static async Task DisposeQuietlyAsync(IAsyncDisposable? closable)
    {
        try
        {
            if (closable is not null)
            {
                await closable.DisposeAsync();
            }
        }
        catch (Exception e) when (e is AlreadyClosedException or OperationInterruptedException or IOException or SocketException)
        {
        }
    }
}
