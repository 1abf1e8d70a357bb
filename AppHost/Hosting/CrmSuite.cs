using Crm.Contracts;
using Microsoft.Extensions.Configuration;

namespace Crm.AppHost.Hosting;

/// <summary>
/// The suite, declared as a .NET Aspire app host would: each resource, what it references, what it waits for.
/// Program.cs runs it; the test fixtures start exactly the same model.
/// </summary>
public static class CrmSuite
{
    public const int DefaultGatewayPort = 8080;

    public static void Define(DistributedApplicationBuilder builder)
    {
        var messaging = builder.AddRabbitMQ(ResourceNames.Messaging);
        var cache = builder.AddRedis(ResourceNames.Cache);

        var customers = builder.AddProject(ResourceNames.Customers, "services/Crm.Customers").WithDatabase()
            .WithReference(messaging).WithReference(cache).WaitFor(messaging).WaitFor(cache);
        var tickets = builder.AddProject(ResourceNames.Tickets, "services/Crm.Tickets").WithDatabase()
            .WithReference(messaging).WithReference(cache).WaitFor(messaging).WaitFor(cache);
        var surveys = builder.AddProject(ResourceNames.Surveys, "services/Crm.Surveys").WithDatabase()
            .WithReference(messaging).WithReference(cache).WaitFor(messaging).WaitFor(cache);
        var campaigns = builder.AddProject(ResourceNames.Campaigns, "services/Crm.Campaigns").WithDatabase()
            .WithReference(messaging).WithReference(cache).WaitFor(messaging).WaitFor(cache);
        var partnerData = builder.AddProject(ResourceNames.PartnerData, "services/Crm.PartnerData").WithDatabase()
            .WithReference(messaging).WithReference(cache).WaitFor(messaging).WaitFor(cache);

        builder.AddProject(ResourceNames.Gateway, "gateway")
            .WithHttpEndpoint(port: builder.Configuration.GetValue("Gateway:Port", DefaultGatewayPort))
            .WithEnvironment("Auth__DevTokens__Enabled", builder.IsDevelopment && builder.Configuration["Auth:DevTokens:Enabled"] != "false" ? "true" : "false")
            .WithReference(cache)
            .WithReference(customers).WithReference(tickets).WithReference(surveys).WithReference(campaigns).WithReference(partnerData)
            .WaitFor(customers).WaitFor(tickets).WaitFor(surveys).WaitFor(campaigns).WaitFor(partnerData);
    }
}
