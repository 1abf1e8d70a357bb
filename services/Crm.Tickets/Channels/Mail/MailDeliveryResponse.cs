namespace Crm.Tickets.Channels.Mail;

/// <summary>One mail the desk sent (or is sending) on a ticket, and how its delivery went.</summary>
public sealed record MailDeliveryResponse(
    Guid Id, string Kind, string To, string Subject, string MessageId, OutboundMailStatus Status, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
