using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>Log events of the inbox; a redelivery it absorbs is rare enough to log each one (fault tests count them).</summary>
public static partial class InboxLog
{
    public const string Category = "Crm.BuildingBlocks.Inbox";

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox absorbed a redelivery of {MessageType} {MessageId} for {Consumer}")]
    public static partial void RedeliveryAbsorbed(ILogger logger, string messageType, Guid messageId, string consumer);
}
