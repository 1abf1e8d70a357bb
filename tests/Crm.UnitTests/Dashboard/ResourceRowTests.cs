using Crm.AppHost.Dashboard.Resources;
using Crm.AppHost.Resources;

namespace Crm.UnitTests.Dashboard;

public sealed class ResourceRowTests
{
    [Fact]
    public void External_servers_are_shown_by_address_without_their_passwords()
    {
        var broker = new ConnectionStringResource("messaging", ResourceType.RabbitMQ, "amqp://crm:s3cret@rabbit.example.net:5672/crm");
        var cache = new ConnectionStringResource("cache", ResourceType.Redis, "redis.example.net:6379,password=s3cret,ssl=true");

        Assert.Equal("amqp://rabbit.example.net:5672/crm", Assert.Single(ResourceRow.EndpointsOf(broker)).Address);
        Assert.Equal("redis.example.net:6379,ssl=true", Assert.Single(ResourceRow.EndpointsOf(cache)).Address);
    }

    [Fact]
    public void A_sqlite_database_is_shown_by_its_file_and_is_not_a_link()
    {
        var db = new ConnectionStringResource("tickets-db", ResourceType.Database, "Data Source=/srv/crm/.data/run/tickets.db");

        var endpoint = Assert.Single(ResourceRow.EndpointsOf(db));

        Assert.Equal("tickets.db", endpoint.Address);
        Assert.False(endpoint.IsLink);
        Assert.False(db.IsManaged);
    }

    [Fact]
    public void Only_resources_the_host_runs_can_be_started_stopped_or_restarted()
    {
        var db = new ConnectionStringResource("tickets-db", ResourceType.Database, "Data Source=tickets.db");
        var project = new ProjectResource("tickets", "services/Crm.Tickets");

        Assert.False(ResourceCommands.CanRun(db, ResourceCommand.Restart));
        Assert.True(ResourceCommands.CanRun(project, ResourceCommand.Start));
        Assert.False(ResourceCommands.CanRun(project, ResourceCommand.Stop));
        Assert.False(ResourceCommands.CanRun(project, ResourceCommand.Restart));
    }
}
