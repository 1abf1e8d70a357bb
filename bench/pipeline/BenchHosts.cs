using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Bench.Pipeline;

/// <summary>
/// The two sides measured: a bare MassTransit bus (durable, confirms, the same prefetch and concurrency as the suite),
/// and the suite's pipeline from the real building blocks — a producer with its outbox and relay, a consumer with its inbox,
/// each with its own SQLite database, as two services would be.
/// </summary>
public static class BenchHosts
{
    /// <summary>
    /// The baseline: a bare MassTransit bus publishing straight to a consumer. Its second pair does the pipeline's business
    /// work without its guarantees: the change row is saved, then published (a crash between the two loses the event), and
    /// the consumer saves its effect row with no inbox (a redelivery applies twice). Two SQLite files, as two services.
    /// </summary>
    public static async Task<IHost> RawAsync(string broker, string folder, Arrivals arrivals)
    {
        var builder = Host.CreateApplicationBuilder(Settings());
        Quiet(builder);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:bench-raw-producer-db"] = $"Data Source={Path.Combine(folder, "bench-raw-producer.db")}",
            ["ConnectionStrings:bench-raw-consumer-db"] = $"Data Source={Path.Combine(folder, "bench-raw-consumer.db")}",
        });
        builder.AddServiceDatabase<ProducerDb, ProducerDb, ProducerDb>("bench-raw-producer");
        builder.AddServiceDatabase<ConsumerDb, ConsumerDb, ConsumerDb>("bench-raw-consumer");
        builder.Services.AddMassTransit(x =>
        {
            // As the services do: MassTransit reports usage to a host outside this machine unless told not to.
            x.DisableUsageTelemetry();
            x.AddConsumer<RawConsumer>().Endpoint(e => e.Name = "bench-raw");
            x.AddConsumer<RawWorkConsumer>().Endpoint(e => e.Name = "bench-raw-work");
            x.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.ConcurrentMessageLimit = MessagingRegistration.ConcurrentMessageLimit);
            x.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(broker), host => host.PublisherConfirmation = true);
                rabbit.PrefetchCount = MessagingRegistration.PrefetchCount;
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var host = builder.Build();
        await CreateAsync<ProducerDb>(host);
        await CreateAsync<ConsumerDb>(host);
        return await StartAsync(host, arrivals);
    }

    public static async Task<IHost> ProducerAsync(string broker, string folder) =>
        await ServiceAsync<ProducerDb>("bench-producer", broker, folder, null, null);

    public static async Task<IHost> ConsumerAsync(string broker, string folder, Arrivals arrivals) =>
        await ServiceAsync<ConsumerDb>("bench-consumer", broker, folder, x =>
        {
            x.AddConsumer<EffectConsumer>();
            x.AddConsumer<InboxOnlyConsumer>();
        }, arrivals);

    private static async Task<IHost> ServiceAsync<TContext>(string name, string broker, string folder, Action<IBusRegistrationConfigurator>? consumers, Arrivals? arrivals)
        where TContext : ServiceDbContext
    {
        var builder = Host.CreateApplicationBuilder(Settings());
        Quiet(builder);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker,
            [$"ConnectionStrings:{name}-db"] = $"Data Source={Path.Combine(folder, name + ".db")}",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddCrmMessaging<TContext>(name, consumers);
        builder.AddServiceDatabase<TContext, TContext, TContext>(name);
        var host = builder.Build();
        await CreateAsync<TContext>(host);
        return await StartAsync(host, arrivals);
    }

    private static async Task CreateAsync<TContext>(IHost host) where TContext : DbContext
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private static async Task<IHost> StartAsync(IHost host, Arrivals? arrivals)
    {
        // Observe before starting: a consumer started on a full queue consumes at once, and uncounted arrivals would never come.
        if (arrivals is not null)
        {
            host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(arrivals);
        }

        await host.StartAsync();
        return host;
    }

    /// <summary>
    /// No default sources: the default host reads the current folder (the repository) with a watcher that would wake on
    /// every write to the databases and the broker's files in the run folder below it. Only the bench's own settings apply.
    /// </summary>
    private static HostApplicationBuilderSettings Settings() => new() { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory };

    private static void Quiet(HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
    }
}
