using Crm.Tickets.Desk;
using Crm.Tickets.Sla;

namespace Crm.UnitTests.Tickets;

internal static class TicketExamples
{
    public static readonly DateTimeOffset Monday9 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly SlaClock Sla = new(new SlaOptions().Calendar(), new SlaOptions().Targets);

    public static Ticket TicketIn(TicketStatus status) => new()
    {
        Id = Guid.CreateVersion7(), CustomerId = Guid.CreateVersion7(), Subject = "Parcel missing", Description = "d", Status = status,
        Priority = TicketPriority.Normal, CreatedAt = Monday9, ResolutionDueAt = Monday9.AddDays(3), Version = 1,
    };

    public static TicketComment Comment(DateTimeOffset at, bool isInternal = false, bool fromCustomer = false) => new()
    {
        Id = Guid.CreateVersion7(), AuthorId = "agent", Body = "Which address?", Internal = isInternal, FromCustomer = fromCustomer, At = at,
    };
}
