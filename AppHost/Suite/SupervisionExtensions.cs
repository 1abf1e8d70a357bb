using Microsoft.Extensions.DependencyInjection;

namespace Crm.AppHost.Suite;

public static class SupervisionExtensions
{
    /// <summary>
    /// Every service, the broker and the cache are started again when they exit unexpectedly (see
    /// <see cref="ExitedResourceRestarter"/>), and where everything answers is printed once it is ready.
    /// </summary>
    public static IDistributedApplicationBuilder SuperviseResources(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ExitedResourceRestarter>();
        builder.Services.AddHostedService<ReadyBanner>();
        return builder;
    }
}
