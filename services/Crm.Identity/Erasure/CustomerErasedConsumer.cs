using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Identity.Erasure;

/// <summary>
/// A customer exercised the right to erasure: their login goes (with its roles, claims and tokens rows by cascade), and
/// OpenIddict's authorizations and tokens for them are deleted, so no refresh token of theirs works again.
/// </summary>
public sealed class CustomerErasedConsumer(TimeProvider time) : InboxConsumer<CustomerErased, IdentityDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased message, CancellationToken ct)
    {
        var logins = await Db.Users.Where(u => u.CustomerId == message.CustomerId).Select(u => u.Id).ToListAsync(ct);
        if (logins.Count == 0)
        {
            return;
        }

        await Db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken>()
            .Where(t => t.Subject != null && logins.Contains(t.Subject)).ExecuteDeleteAsync(ct);
        await Db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreAuthorization>()
            .Where(a => a.Subject != null && logins.Contains(a.Subject)).ExecuteDeleteAsync(ct);
        await Db.UserRoles.Where(r => logins.Contains(r.UserId)).ExecuteDeleteAsync(ct);
        await Db.Users.Where(u => logins.Contains(u.Id)).ExecuteDeleteAsync(ct);
    }
}
