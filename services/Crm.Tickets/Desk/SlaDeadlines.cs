namespace Crm.Tickets.Desk;

public sealed record SlaDeadlines(DateTimeOffset FirstResponseDueAt, DateTimeOffset ResolutionDueAt, bool Paused, bool FirstResponseBreached, bool ResolutionBreached);
