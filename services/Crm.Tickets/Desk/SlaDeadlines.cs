namespace Crm.Tickets.Desk;

public sealed record SlaDeadlines(DateTimeOffset FirstResponseDueAt, DateTimeOffset? NextReplyDueAt, DateTimeOffset ResolutionDueAt, bool Paused, bool FirstResponseBreached, bool NextReplyBreached, bool ResolutionBreached);
