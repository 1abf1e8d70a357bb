using Crm.Tickets.Data;
using Crm.Tickets.Sla;

namespace Crm.Tickets.Desk;

public sealed record TicketServices(TicketsDbContext Db, TimeProvider Time, SlaClock Sla, Assignment Assignment, TicketNumbers Numbers);
