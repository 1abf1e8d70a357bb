namespace Crm.Tickets.Desk;

public sealed record CommentResponse(Guid Id, string AuthorId, string Body, bool Internal, DateTimeOffset At, bool FromCustomer);
