using MassTransit;

namespace Crm.Bench.Pipeline;

/// <summary>The baseline's consumer: nothing but the acknowledgement (the observer records the arrival).</summary>
public sealed class RawConsumer : IConsumer<RawEvent>
{
    public Task Consume(ConsumeContext<RawEvent> context) => Task.CompletedTask;
}
