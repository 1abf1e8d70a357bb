namespace Crm.BuildingBlocks.Messaging;

/// <summary><c>Messaging:Watchdog</c>: how the service makes sure each of its queues keeps a consumer on the broker.</summary>
public sealed class ConsumerWatchdogOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How often the broker is asked how many consumers each of the service's queues has.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a queue may stay without a consumer while the broker is reachable before the service gives up on its
    /// connection and ends, for its supervisor to start it afresh. Well above a broker restart's reconnect time.
    /// </summary>
    public TimeSpan NoConsumerLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the service may take to stop in good order once it gives up, before it ends at once.</summary>
    public TimeSpan StopDeadline { get; set; } = TimeSpan.FromSeconds(25);
}
