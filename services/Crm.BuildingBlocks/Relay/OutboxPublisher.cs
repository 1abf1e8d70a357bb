using System.Diagnostics;
using System.Text.Json;
using Crm.BuildingBlocks.Outbox;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Relay;

/// <summary>Publishes a batch of outbox rows to the broker with publisher confirms, each under the trace that raised it.</summary>
public sealed class OutboxPublisher(IBus bus, IOptions<OutboxRelayOptions> options)
{
    private static readonly ActivitySource Source = new("Crm");
    private readonly TimeSpan _timeout = options.Value.PublishTimeout;

    /// <returns>For each row, in order: null when the broker confirmed it, else why not.</returns>
    public async Task<string?[]> PublishAsync(List<OutboxMessage> batch, CancellationToken ct)
    {
        // One deadline for the batch: its publishes start together, so each still has the publish timeout (a timer per
        // message cost more than the rest of the relay's own work for it).
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        return await Task.WhenAll(batch.Select(m => TryPublishAsync(m, timeout.Token, ct)));
    }

    private async Task<string?> TryPublishAsync(OutboxMessage message, CancellationToken deadline, CancellationToken stopping)
    {
        try
        {
            var type = MessageTypes.Resolve(message.MessageType);
            var body = JsonSerializer.Deserialize(message.Body, type, MessageTypes.Json)
                ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty body.");

            using var activity = Source.StartActivity("outbox relay", ActivityKind.Producer, message.TraceParent ?? default(string));
            activity?.SetTag("messaging.message.id", message.Id);
            activity?.SetTag("messaging.message.type", message.MessageType);

            await bus.Publish(body, type, context => context.MessageId = message.Id, deadline);
            return null;
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }
}
