using Crm.Identity.Data;
using Crm.Identity.Users;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Identity.Customers;

/// <summary>
/// Links every confirmed customer login that has no customer record yet (the seeded <c>customer@crm.local</c>, or a
/// registration confirmed while the customers service was away), retrying until the customers API answers.
/// </summary>
public sealed class CustomerLinks(IServiceScopeFactory scopes, ILogger<CustomerLinks> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pending = 0;
            try
            {
                pending = await LinkPendingAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                pending = 1;
                logger.LogDebug("Customer links wait for the customers service: {Reason}", e.Message);
            }

            await Task.Delay(pending > 0 ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(15), stoppingToken);
        }
    }

    private async Task<int> LinkPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var ids = await db.Users.Where(u => u.CustomerId == null && u.EmailConfirmed
                && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == CrmRoles.Customer)))
            .Select(u => u.Id).Take(50).ToListAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var customers = scope.ServiceProvider.GetRequiredService<CustomerRecords>();
        foreach (var id in ids)
        {
            if (await users.FindByIdAsync(id) is { CustomerId: null } user)
            {
                user.CustomerId = await customers.FindOrCreateAsync(user.Email!, user.Name, "lead", ct);
                await users.UpdateAsync(user);
                logger.LogInformation("Login {UserId} linked to customer {CustomerId}", user.Id, user.CustomerId);
            }
        }

        return ids.Count;
    }
}
