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
    /// HybridCache (in-process L1, Redis L2 when <c>ConnectionStrings:cache</c> is set), the shared Redis connection
    /// (Aspire's Redis client: health check, traces and metrics included), and the idempotency store (Redis, or
    /// in-process without a cache).
    /// </summary>
    public static IHostApplicationBuilder AddCrmCaching(this IHostApplicationBuilder builder, string serviceName)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ResourceNames.Cache)))
        {
            builder.AddRedisClient(ResourceNames.Cache, configureOptions: o => o.AbortOnConnectFail = false);
            builder.Services.AddStackExchangeRedisCache(o => o.InstanceName = $"crm:{serviceName}:");
            builder.Services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
                .Configure<IConnectionMultiplexer>((o, redis) => o.ConnectionMultiplexerFactory = () => Task.FromResult(redis));
            builder.Services.AddSingleton<IIdempotencyStore>(sp => new RedisIdempotencyStore(sp.GetRequiredService<IConnectionMultiplexer>(), serviceName));
        }
        else
        {
            builder.Services.AddSingleton<IIdempotencyStore, MemoryIdempotencyStore>();
        }

        builder.Services.AddHybridCache();
        return builder;
    }
}
