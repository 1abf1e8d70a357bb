namespace Crm.Tickets.Channels.Mail;

public sealed record InboundAttachment(string FileName, string ContentType, byte[] Content);
