using Crm.BuildingBlocks.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Profiles;

/// <summary>Applies a partial update under If-Match, shared by staff (<c>PATCH /api/customers/{id}</c>) and self-service (<c>PATCH /api/me</c>).</summary>
public static class CustomerUpdates
{
    /// <returns>null when applied; otherwise the problem to answer.</returns>
    public static async Task<ProblemHttpResult?> ApplyAsync(
        Customer customer, UpdateCustomerRequest request, CustomerServices services, HttpContext http, bool allowOwnerChange = true)
    {
        if (ETags.Precondition(http.Request, customer.Version) is { } precondition)
        {
            return precondition;
        }

        var now = services.Time.GetUtcNow();
        var errors = CustomerValidation.Validate(request, now.Year);
        if (!allowOwnerChange && request.AccountOwnerId is not null)
        {
            errors.Add("accountOwnerId", "A customer cannot choose their account owner.");
        }

        if (request.CompanyId is { } companyId && companyId != Guid.Empty && !await services.Db.Set<Company>().AnyAsync(c => c.Id == companyId))
        {
            errors.Add("companyId", "No such company.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (request.Email is not null)
        {
            var normalized = Customer.Normalize(request.Email);
            if (normalized != customer.NormalizedEmail && await services.Db.Customers.AnyAsync(c => c.NormalizedEmail == normalized))
            {
                return Problems.Conflict("A customer with this email already exists.");
            }

            var changed = normalized != customer.NormalizedEmail;
            customer.SetEmail(request.Email);
            if (changed)
            {
                await LookAlikeEmails.FlagAsync(services.Db, customer);
            }
        }

        customer.Apply(request, now);
        services.Db.Publish(CustomerEvents.Updated(customer), now);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.PreconditionFailed();
        }

        await services.Cache.RemoveByTagAsync(CustomerCache.Tag(customer.Id));
        ETags.Set(http.Response, customer.Version);
        return null;
    }
}
