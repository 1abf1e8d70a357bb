namespace Crm.AppHost.Resources;

public enum ResourceType
{
    RabbitMQ,
    Redis,
    Database,
    Project,
}
