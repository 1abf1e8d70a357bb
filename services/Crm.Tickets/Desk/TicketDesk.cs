using Crm.Contracts.Tickets;

namespace Crm.Tickets.Desk;

/// <summary>Opening a ticket, shared by the API and the consumers: its deadlines, its assignee and its events.</summary>
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
            Number = services.Numbers.Next(),
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
}
