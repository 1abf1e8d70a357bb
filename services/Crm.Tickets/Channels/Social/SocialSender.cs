namespace Crm.Tickets.Channels.Social;

public sealed record SocialSender(string? Id, string? Handle, string? Name);
