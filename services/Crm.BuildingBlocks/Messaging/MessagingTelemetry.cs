using System.Diagnostics;

namespace Crm.BuildingBlocks.Messaging;

public static class MessagingTelemetry
{
    public static readonly ActivitySource Source = new("Crm");
}
