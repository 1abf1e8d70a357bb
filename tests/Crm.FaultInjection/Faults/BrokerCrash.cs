using Crm.FaultInjection.Suite;

namespace Crm.FaultInjection.Faults;

/// <summary>SIGKILL of RabbitMQ, then a start on the same data, as a supervisor would do.</summary>
public sealed record BrokerCrash() : Fault("RabbitMQ SIGKILL")
{
    public override async Task InjectAsync(FaultSuite suite, CancellationToken ct)
    {
        await suite.Broker.KillAsync();
        await suite.Broker.StartAgainAsync(ct);
    }
}
