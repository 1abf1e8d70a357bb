using Crm.BuildingBlocks.Api.Idempotency;
using Crm.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Crm.BuildingBlocks.Caching;

public static class CacheRegistration
{
    /// <summary>
    /// HybridCache (in-process L1, Redis L2 when <c>ConnectionStrings:cache</c> is set), the shared Redis connection,
    /// and the idempotency store (Redis, or in-process without a cache).
    /// </summary>
    public static IHostApplicationBuilder AddCrmCaching(this IHostApplicationBuilder builder, string serviceName)
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Cache);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            var redis = ConnectionMultiplexer.Connect(options);
            builder.Services.AddSingleton<IConnectionMultiplexer>(redis);
            builder.Services.AddStackExchangeRedisCache(o =>
            {
                o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
                o.InstanceName = $"crm:{serviceName}:";
            });
            builder.Services.AddSingleton<IIdempotencyStore>(sp => new RedisIdempotencyStore(redis, serviceName));
            builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ResourceNames.Cache, tags: [ServiceDefaultsExtensions.ReadyTag]);
        }
        else
        {
            builder.Services.AddSingleton<IIdempotencyStore, MemoryIdempotencyStore>();
        }

        builder.Services.AddHybridCache();
        return builder;
    }
}
