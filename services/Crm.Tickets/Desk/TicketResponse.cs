namespace Crm.Tickets.Desk;

public sealed record TicketResponse(
    Guid Id, string Number, Guid CustomerId, TicketChannel Channel, string Subject, string Description, TicketPriority Priority, string? Category,
    string? ProductModel, TicketStatus Status, string? AssigneeId, string? Resolution, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstResponseAt, DateTimeOffset? ResolvedAt, SlaDeadlines Sla, IReadOnlyList<CommentResponse> Comments, long Version)
{
    /// <summary>The customer's view leaves out internal notes.</summary>
    public static TicketResponse From(Ticket t, bool includeInternal = true) => new(
        t.Id, TicketNumbers.Format(t.Number), t.CustomerId, t.Channel, t.Subject, t.Description, t.Priority, t.Category, t.ProductModel, t.Status, t.AssigneeId, t.Resolution,
        t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.ResolvedAt,
        new SlaDeadlines(t.FirstResponseDueAt, t.NextReplyDueAt, t.ResolutionDueAt, t.PausedAt is not null, t.FirstResponseBreached, t.NextReplyBreached, t.ResolutionBreached),
        t.Comments.Where(c => includeInternal || !c.Internal).OrderBy(c => c.At).Select(c => new CommentResponse(c.Id, c.AuthorId, c.Body, c.Internal, c.At, c.FromCustomer)).ToList(),
        t.Version);
}
