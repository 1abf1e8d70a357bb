using Crm.Contracts.Tickets;
using Crm.Tickets.Sla;

namespace Crm.Tickets.Desk;

/// <summary>The ticket state changes shared by the API and the consumers, each with its events.</summary>
public static class TicketDesk
{
    public static async Task<Ticket> OpenAsync(TicketServices services, Guid customerId, string? accountOwnerId, TicketChannel channel, string subject,
        string description, TicketPriority priority, string? category, string? productModel)
    {
        var now = services.Time.GetUtcNow();
        var (firstResponseDue, resolutionDue) = services.Sla.Deadlines(now, priority);
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customerId,
            Channel = channel,
            Subject = subject,
            Description = description,
            Priority = priority,
            Category = category,
            ProductModel = productModel,
            Status = TicketStatus.New,
            AssigneeId = await services.Assignment.ChooseAsync(services.Db, accountOwnerId),
            CreatedAt = now,
            UpdatedAt = now,
            FirstResponseDueAt = firstResponseDue,
            ResolutionDueAt = resolutionDue,
            Version = 1,
        };
        services.Db.Tickets.Add(ticket);
        services.Db.Publish(TicketEvents.Opened(ticket), now);
        if (ticket.AssigneeId is not null)
        {
            services.Db.Publish(new TicketAssigned(ticket.Id, customerId, null, ticket.AssigneeId, now), now);
        }

        return ticket;
    }

    public static void Move(TicketServices services, Ticket ticket, TicketStatus target, DateTimeOffset now)
    {
        var from = ticket.Status;
        if (target == TicketStatus.Pending)
        {
            SlaClock.Pause(ticket, now);
        }
        else if (from == TicketStatus.Pending)
        {
            services.Sla.Resume(ticket, now);
            if (target == TicketStatus.Open)
            {
                ticket.NextReplyDueAt = services.Sla.NextReplyDue(now, ticket.Priority);
                (ticket.NextReplyWarned, ticket.NextReplyBreached) = (false, false);
            }
        }

        ticket.Status = target;
        ticket.ResolvedAt = target == TicketStatus.Resolved ? now : target == TicketStatus.Open ? null : ticket.ResolvedAt;
        services.Db.Publish(new TicketStatusChanged(ticket.Id, ticket.CustomerId, TicketWorkflow.Name(from), TicketWorkflow.Name(target), now), now);
        if (target == TicketStatus.Resolved)
        {
            services.Db.Publish(TicketEvents.Resolved(ticket, now), now);
        }
    }

    public static void Touch(Ticket ticket, DateTimeOffset now)
    {
        ticket.UpdatedAt = now;
        ticket.Version++;
    }
}
