using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Crm.BuildingBlocks.ContactPressure;

public static class ContactPressureRegistration
{
    /// <summary>The shared policy: Redis when the cache is configured (call after AddCrmCaching), otherwise in-process.</summary>
    public static IHostApplicationBuilder AddContactPressure(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContactPressureOptions>().BindConfiguration(ContactPressureOptions.Section);
        builder.Services.AddSingleton<IContactPressure>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisContactPressure>(sp, redis)
            : ActivatorUtilities.CreateInstance<MemoryContactPressure>(sp));
        return builder;
    }
}
