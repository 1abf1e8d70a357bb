namespace Crm.Tickets.Desk;

/// <summary>Prior issues for the agent: the customer's other tickets, and other customers' tickets on the same product model.</summary>
public sealed record RelatedTickets(IReadOnlyList<RelatedTicket> SameCustomer, IReadOnlyList<RelatedTicket> SameProductModel);
