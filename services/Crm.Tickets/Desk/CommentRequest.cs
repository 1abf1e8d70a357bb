namespace Crm.Tickets.Desk;

public sealed record CommentRequest(string? Body, bool? Internal);
