using Crm.Identity.Customers;
using Crm.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace Crm.Identity.Development;

/// <summary>
/// Links <c>customer@crm.local</c> to a customer record of the same email, created through the customers API. That service
/// validates tokens by this one's published keys, so the link is retried until the suite is up.
/// </summary>
public sealed class DevelopmentCustomerLink(IServiceScopeFactory scopes, ILogger<DevelopmentCustomerLink> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
                if (await users.FindByEmailAsync(DevelopmentUsers.CustomerEmail) is not { } user || user.CustomerId is not null)
                {
                    return;
                }

                user.CustomerId = await scope.ServiceProvider.GetRequiredService<CustomerRecords>()
                    .FindOrCreateAsync(user.Email!, user.Name, "customer", stoppingToken);
                await users.UpdateAsync(user);
                logger.LogInformation("Development customer login linked to customer {CustomerId}", user.CustomerId);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogDebug("Customer link attempt {Attempt} failed: {Reason}", attempt, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), stoppingToken);
            }
        }
    }
}
