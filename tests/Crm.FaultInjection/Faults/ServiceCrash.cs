using Crm.AppHost.Resources;
using Crm.FaultInjection.Suite;

namespace Crm.FaultInjection.Faults;

/// <summary>SIGKILL of a consuming service mid-message; the app host restarts it.</summary>
public sealed record ServiceCrash(string Service) : Fault($"{Service} SIGKILL")
{
    public override async Task InjectAsync(FaultSuite suite, CancellationToken ct)
    {
        var project = suite.Project(Service);
        var restarts = project.Restarts;
        project.Kill();
        var back = await Poll.UntilAsync(() => project.Restarts != restarts && project.State == ResourceState.Healthy,
            TimeSpan.FromMinutes(3), TimeSpan.FromMilliseconds(50), ct);
        if (back is null)
        {
            throw new TimeoutException($"{Service} was not restarted and healthy within 3 minutes of its SIGKILL.");
        }
    }
}
