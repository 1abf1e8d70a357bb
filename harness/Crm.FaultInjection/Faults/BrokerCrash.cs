using Crm.Contracts;
using Crm.FaultInjection.Suite;

namespace Crm.FaultInjection.Faults;

/// <summary>SIGKILL of RabbitMQ; the app host starts it again on the same data.</summary>
public sealed record BrokerCrash() : Fault("RabbitMQ SIGKILL")
{
    public override Task InjectAsync(FaultSuite suite, CancellationToken ct) => suite.CrashAndAwaitRestartAsync(ResourceNames.Messaging, ct);
}
