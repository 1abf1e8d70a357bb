using Crm.Tickets.Desk;

namespace Crm.Tickets.Reports;

public sealed record TicketFact(TicketStatus Status, TicketPriority Priority, DateTimeOffset CreatedAt, DateTimeOffset? FirstResponseAt,
    DateTimeOffset FirstResponseDueAt, DateTimeOffset? ResolvedAt, DateTimeOffset ResolutionDueAt);
