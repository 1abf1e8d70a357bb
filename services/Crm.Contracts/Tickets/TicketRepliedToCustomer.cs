namespace Crm.Contracts.Tickets;

/// <summary>An agent wrote a public comment on a ticket: the customer is to receive it on the ticket's channel.</summary>
public sealed record TicketRepliedToCustomer(
    Guid TicketId,
    Guid CustomerId,
    Guid CommentId,
    string? AuthorName,
    string Body,
    DateTimeOffset OccurredAt);
