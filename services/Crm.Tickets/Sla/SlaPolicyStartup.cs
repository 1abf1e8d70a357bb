using Crm.Tickets.Data;

namespace Crm.Tickets.Sla;

public static class SlaPolicyStartup
{
    /// <summary>Loads the admins' SLA policies (seeding them from configuration on first start) before requests arrive.</summary>
    public static async Task LoadSlaPoliciesAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await app.Services.GetRequiredService<SlaPolicyStore>().LoadAsync(scope.ServiceProvider.GetRequiredService<TicketsDbContext>(), TimeProvider.System);
    }
}
