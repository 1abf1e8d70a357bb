using Crm.BuildingBlocks.Messaging;
using Crm.Customers.Data;
using MassTransit.UsageTracking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class MessagingRegistrationTests
{
    [Fact]
    public async Task The_bus_of_every_service_reports_no_usage_telemetry_to_anyone()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/" });
        builder.AddCrmMessaging<CustomersDbContext>("customers");
        await using var services = builder.Services.BuildServiceProvider();

        var tracker = Assert.IsType<UsageTracker>(services.GetRequiredService<IUsageTracker>());

        Assert.False(tracker.Enabled);
    }
}
