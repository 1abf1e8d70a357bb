namespace Crm.Tickets.Channels.Social;

/// <summary>A message a network delivers to the webhook: <c>{messageId,threadId,from:{id,handle,name},text,sentAt}</c>.</summary>
public sealed record SocialMessage(string? MessageId, string? ThreadId, SocialSender? From, string? Text, DateTimeOffset? SentAt);
