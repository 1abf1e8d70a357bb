using Microsoft.Extensions.DependencyInjection;

namespace Crm.AppHost.Suite;

public static class RestartExtensions
{
    /// <summary>Every service, the broker and the cache are started again when they exit unexpectedly (see <see cref="ExitedResourceRestarter"/>).</summary>
    public static IDistributedApplicationBuilder RestartResourcesThatExit(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ExitedResourceRestarter>();
        return builder;
    }
}
