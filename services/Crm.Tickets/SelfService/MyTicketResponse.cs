using Crm.Tickets.Desk;
using Crm.Tickets.Staff;

namespace Crm.Tickets.SelfService;

/// <summary>
/// A ticket as its customer sees it: no internal notes, and people by display name — <c>assignee</c> is the assigned
/// agent's name (or "Support team"), each comment's <c>author</c> its writer's name ("You" for the customer's own).
/// </summary>
public sealed record MyTicketResponse(
    Guid Id, string Number, Guid CustomerId, TicketChannel Channel, string Subject, string Description, TicketPriority Priority, string? Category,
    string? ProductModel, TicketStatus Status, string Assignee, string? Resolution, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstResponseAt, DateTimeOffset? ResolvedAt, SlaDeadlines Sla, IReadOnlyList<MyTicketComment> Comments, long Version)
{
    public const string OwnAuthor = "You";

    public static MyTicketResponse From(Ticket t, IReadOnlyDictionary<string, string> staffNames) => new(
        t.Id, TicketNumbers.Format(t.Number), t.CustomerId, t.Channel, t.Subject, t.Description, t.Priority, t.Category, t.ProductModel, t.Status,
        StaffDisplayName.Or(t.AssigneeId is null ? null : staffNames.GetValueOrDefault(t.AssigneeId)), t.Resolution,
        t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.ResolvedAt,
        new SlaDeadlines(t.FirstResponseDueAt, t.NextReplyDueAt, t.ResolutionDueAt, t.PausedAt is not null, t.FirstResponseBreached, t.NextReplyBreached, t.ResolutionBreached),
        t.Comments.Where(c => !c.Internal).OrderBy(c => c.At)
            .Select(c => new MyTicketComment(c.Id, c.FromCustomer ? OwnAuthor : StaffDisplayName.Or(c.AuthorName ?? staffNames.GetValueOrDefault(c.AuthorId)), c.Body, c.At, c.FromCustomer))
            .ToList(),
        t.Version);
}
