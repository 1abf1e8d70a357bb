using Crm.Tickets.Desk;

namespace Crm.Tickets.Sla;

public sealed record SlaPolicyRequest(TicketPriority? Priority, int? FirstResponseMinutes, int? NextReplyMinutes, int? ResolutionMinutes);
