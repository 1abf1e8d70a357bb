using Crm.Tickets.Data;

namespace Crm.Tickets.Desk;

public static class TicketNumberStartup
{
    /// <summary>Continues the ticket numbers from the highest one stored, before requests arrive.</summary>
    public static async Task LoadTicketNumbersAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await app.Services.GetRequiredService<TicketNumbers>().LoadAsync(scope.ServiceProvider.GetRequiredService<TicketsDbContext>());
    }
}
