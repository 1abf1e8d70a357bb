using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Outbox;
using Crm.BuildingBlocks.Relay;
using Crm.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Crm.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>Messages the broker sends ahead to each endpoint, and how many of them a consumer handles at once.</summary>
    public const int PrefetchCount = 128;
    public const int ConcurrentMessageLimit = 64;

    /// <summary>
    /// RabbitMQ through MassTransit from <c>ConnectionStrings:messaging</c>, the outbox relay and the inbox (with its retention)
    /// for <typeparamref name="TContext"/>, and the service's consumers on queues prefixed with its name, each retried with backoff and then parked in its error queue;
    /// a watchdog makes sure each of those queues keeps its consumer on the broker.
    /// </summary>
    public static IHostApplicationBuilder AddCrmMessaging<TContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null) where TContext : ServiceDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Messaging)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ResourceNames.Messaging} is not configured; the app host provides it.");
        var retry = builder.Configuration.GetSection("Messaging:RetryIntervalsMs").Get<int[]>() ?? [100, 500, 2000, 5000, 10000];

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration("Messaging:Outbox");
        builder.Services.AddSingleton<OutboxReader<TContext>>();
        builder.Services.AddSingleton<OutboxPublisher>();
        builder.Services.AddSingleton<OutboxSentMarker<TContext>>();
        builder.Services.AddSingleton<OutboxBacklogGauge<TContext>>();
        builder.Services.AddSingleton<OutboxRetention<TContext>>();
        builder.Services.AddSingleton<OutboxBatchStep<TContext>>();
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddSingleton<InboxBatcher<TContext>>();
        builder.Services.AddOptions<InboxRetentionOptions>().BindConfiguration("Messaging:Inbox");
        builder.Services.AddHostedService<InboxRetention<TContext>>();
        builder.Services.AddOptions<ConsumerWatchdogOptions>().BindConfiguration("Messaging:Watchdog");
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ConsumerWatchdog>(sp, new Uri(connectionString), serviceName));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ConsumerWatchdog>());
        builder.Services.AddReceiveEndpointObserver(sp => sp.GetRequiredService<ConsumerWatchdog>());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            ConsumerWatchdog.HealthCheckName, sp => sp.GetRequiredService<ConsumerWatchdog>(), failureStatus: null, tags: [ServiceDefaultsExtensions.ReadyTag]));
        builder.Services.AddMassTransit(x =>
        {
            // MassTransit reports usage to its vendor's host on the internet by default; the suite calls no one home.
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            addConsumers?.Invoke(x);
            x.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(r => r.Intervals(retry));
                endpoint.ConcurrentMessageLimit = ConcurrentMessageLimit;
            });
            x.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.PrefetchCount = PrefetchCount;
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(20);
        });
        return builder;
    }
}
