using Crm.BuildingBlocks.Rules;
using Crm.Contracts.Tickets;
using Crm.Tickets.Sla;

namespace Crm.Tickets.Desk;

/// <summary>
/// A customer's case at the service desk, with its SLA deadlines and its rules: how it is commented, answered by the
/// customer, assigned, moved along its workflow and corrected. Each change raises its events for the outbox.
/// </summary>
public sealed class Ticket : EntityWithEvents
{
    public Guid Id { get; set; }
    /// <summary>The human number, <c>T-1042</c> as people read and write it (<see cref="TicketNumbers"/>).</summary>
    public long Number { get; set; }
    public Guid CustomerId { get; set; }
    public TicketChannel Channel { get; set; }
    public required string Subject { get; set; }
    public required string Description { get; set; }
    public TicketPriority Priority { get; set; }
    public string? Category { get; set; }
    public string? ProductModel { get; set; }
    public TicketStatus Status { get; set; }
    public string? AssigneeId { get; set; }
    public string? Resolution { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FirstResponseAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset FirstResponseDueAt { get; set; }
    public DateTimeOffset ResolutionDueAt { get; set; }
    /// <summary>When the ticket went pending on the customer: the resolution clock stands still since then.</summary>
    public DateTimeOffset? PausedAt { get; set; }
    public bool FirstResponseWarned { get; set; }
    public bool FirstResponseBreached { get; set; }
    public bool ResolutionWarned { get; set; }
    public bool ResolutionBreached { get; set; }
    /// <summary>When the customer came back (pending → open), the agent owes the next reply by then.</summary>
    public DateTimeOffset? NextReplyDueAt { get; set; }
    public bool NextReplyWarned { get; set; }
    public bool NextReplyBreached { get; set; }
    public long Version { get; set; }
    public List<TicketComment> Comments { get; set; } = [];

    public Outcome Comment(TicketComment comment, SlaClock sla)
    {
        if (Status == TicketStatus.Closed)
        {
            return Outcome.Refused("A closed ticket takes no more comments.");
        }

        Comments.Add(comment);
        if (!comment.Internal)
        {
            Raise(new TicketRepliedToCustomer(Id, CustomerId, comment.Id, comment.AuthorName, comment.Body, comment.At));
            NextReplyDueAt = null;
            if (FirstResponseAt is null)
            {
                FirstResponseAt = comment.At;
                if (Status == TicketStatus.New)
                {
                    TicketWorkflow.Move(this, TicketStatus.Open, comment.At, sla);
                }
            }
        }

        Touch(comment.At);
        return Outcome.Changed;
    }

    /// <summary>The customer answers: a ticket waiting on them, or resolved, opens again.</summary>
    public Outcome CustomerReply(TicketComment reply, SlaClock sla)
    {
        if (Status == TicketStatus.Closed)
        {
            return Outcome.Refused("This ticket is closed; please open a new one.");
        }

        Comments.Add(reply);
        if (Status is TicketStatus.Pending or TicketStatus.Resolved)
        {
            TicketWorkflow.Move(this, TicketStatus.Open, reply.At, sla);
        }

        Touch(reply.At);
        return Outcome.Changed;
    }

    public Outcome Assign(string assigneeId, DateTimeOffset now)
    {
        if (Status == TicketStatus.Closed)
        {
            return Outcome.Refused("A closed ticket cannot be reassigned.");
        }

        var previous = AssigneeId;
        AssigneeId = assigneeId;
        Touch(now);
        Raise(new TicketAssigned(Id, CustomerId, previous, assigneeId, now));
        return Outcome.Changed;
    }

    /// <summary>An agent moves the ticket along its workflow; resolving it records the resolution when one is given.</summary>
    public Outcome MoveTo(TicketStatus target, string? resolution, DateTimeOffset now, SlaClock sla)
    {
        if (!TicketWorkflow.CanMove(Status, target))
        {
            return Outcome.Refused($"A {TicketWorkflow.Name(Status)} ticket cannot become {TicketWorkflow.Name(target)}.");
        }

        if (target == TicketStatus.Resolved)
        {
            Resolution = resolution ?? Resolution;
        }

        TicketWorkflow.Move(this, target, now, sla);
        Touch(now);
        return Outcome.Changed;
    }

    public Outcome Correct(TicketCorrection correction, DateTimeOffset now, SlaClock sla)
    {
        if (Status == TicketStatus.Closed)
        {
            return Outcome.Refused("A closed ticket cannot be changed.");
        }

        (Subject, Description, Category, ProductModel) = (correction.Subject, correction.Description, correction.Category, correction.ProductModel);
        if (correction.Priority != Priority)
        {
            var from = Priority;
            sla.Reprioritise(this, correction.Priority, now);
            Raise(new TicketPriorityChanged(Id, CustomerId, TicketEvents.Name(from), TicketEvents.Name(Priority), now));
        }

        Touch(now);
        return Outcome.Changed;
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
