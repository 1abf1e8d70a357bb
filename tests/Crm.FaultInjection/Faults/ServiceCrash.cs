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
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromMinutes(3));
        while (project.Restarts == restarts || project.State != ResourceState.Healthy)
        {
            await Task.Delay(50, deadline.Token);
        }
    }
}
