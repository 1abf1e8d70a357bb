using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Profiles;

/// <summary>
/// Registers a person: a lead or prospect may come with only a phone or a social handle. The same email is refused
/// (409); the same phone or the same name at the same company is flagged <c>possibleDuplicateOf</c> for staff to check.
/// </summary>
public static class CustomerCreation
{
    public static async Task<Results<Created<CustomerResponse>, ProblemHttpResult>> CreateAsync(
        CreateCustomerRequest request, CustomerServices services, HttpContext http)
    {
        var now = services.Time.GetUtcNow();
        var errors = CustomerValidation.Validate(request, now.Year);
        if (request.CompanyId is { } companyId && !await services.Db.Set<Company>().AnyAsync(c => c.Id == companyId))
        {
            errors.Add("companyId", "No such company.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var hasEmail = !string.IsNullOrWhiteSpace(request.Email);
        var normalized = hasEmail ? Customer.Normalize(request.Email!) : null;
        if (normalized is not null && await services.Db.Customers.AnyAsync(c => c.NormalizedEmail == normalized))
        {
            return Problems.Conflict("A customer with this email already exists.");
        }

        var customer = New(request, now);
        if (hasEmail)
        {
            customer.SetEmail(request.Email!);
            await LookAlikeEmails.FlagAsync(services.Db, customer);
        }
        else
        {
            customer.SetNoEmail();
        }

        var duplicates = await DuplicateCandidates.FindAsync(services.Db, DuplicateRules.Of(customer), customer.Id);
        customer.PossibleDuplicateOf ??= duplicates.Count > 0 ? duplicates[0].CustomerId : null;
        services.Db.Customers.Add(customer);
        services.Db.Publish(CustomerEvents.Registered(customer), now);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (normalized is not null && services.Db.Customers.AsNoTracking().Any(c => c.NormalizedEmail == normalized && c.Id != customer.Id))
        {
            return Problems.Conflict("A customer with this email already exists.");
        }

        ETags.Set(http.Response, customer.Version);
        return TypedResults.Created($"/api/customers/{customer.Id}", CustomerResponse.From(customer));
    }

    private static Customer New(CreateCustomerRequest request, DateTimeOffset now)
    {
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            FirstName = DisplayText.Normalize(request.FirstName!),
            LastName = DisplayText.Normalize(request.LastName!),
            Email = "",
            NormalizedEmail = "",
            Phone = Blank(request.Phone),
            NormalizedPhone = Customer.NormalizePhone(request.Phone),
            SocialHandle = Blank(request.SocialHandle),
            CompanyId = request.CompanyId,
            BirthYear = request.BirthYear,
            Gender = Blank(request.Gender),
            City = Place(request.City),
            Country = Place(request.Country),
            LifecycleStage = request.LifecycleStage ?? LifecycleStage.Prospect,
            AccountOwnerId = Blank(request.AccountOwnerId),
            Source = Blank(request.Source),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        customer.IndexNames();
        return customer;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Place(string? value) => string.IsNullOrWhiteSpace(value) ? null : DisplayText.Normalize(value);
}
