using Crm.FaultInjection.Suite;

namespace Crm.FaultInjection.Faults;

/// <summary>SIGKILL of a consuming service mid-message; the app host starts it again.</summary>
public sealed record ServiceCrash(string Service) : Fault($"{Service} SIGKILL")
{
    public override Task InjectAsync(FaultSuite suite, CancellationToken ct) => suite.CrashAndAwaitRestartAsync(Service, ct);
}
