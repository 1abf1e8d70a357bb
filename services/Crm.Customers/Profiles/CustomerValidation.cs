using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Api;

namespace Crm.Customers.Profiles;

public static partial class CustomerValidation
{
    public static ValidationErrors Validate(CreateCustomerRequest r, int currentYear)
    {
        var errors = new ValidationErrors()
            .Name("firstName", r.FirstName, CustomerLimits.Name)
            .Name("lastName", r.LastName, CustomerLimits.Name)
            .Name("socialHandle", r.SocialHandle, CustomerLimits.Handle, required: false);
        if (!string.IsNullOrWhiteSpace(r.Email))
        {
            errors.Email("email", r.Email);
        }
        else if (string.IsNullOrWhiteSpace(r.Phone) && string.IsNullOrWhiteSpace(r.SocialHandle))
        {
            errors.Add("email", "An email, a phone or a social handle is needed to reach the person.");
        }

        return Optional(errors, r.Phone, r.BirthYear, r.Gender, r.City, r.Country, r.AccountOwnerId, r.Source, currentYear);
    }

    public static ValidationErrors Validate(UpdateCustomerRequest r, int currentYear)
    {
        var errors = new ValidationErrors();
        if (r.FirstName is not null)
        {
            errors.Name("firstName", r.FirstName, CustomerLimits.Name);
        }

        if (r.LastName is not null)
        {
            errors.Name("lastName", r.LastName, CustomerLimits.Name);
        }

        if (r.Email is not null)
        {
            errors.Email("email", r.Email);
        }

        errors.Name("socialHandle", r.SocialHandle, CustomerLimits.Handle, required: false);

        return Optional(errors, r.Phone, r.BirthYear, r.Gender, r.City, r.Country, r.AccountOwnerId, r.Source, currentYear);
    }

    private static ValidationErrors Optional(
        ValidationErrors errors, string? phone, int? birthYear, string? gender, string? city, string? country, string? owner, string? source, int currentYear) =>
        errors
            .MaxLength("phone", phone, CustomerLimits.Phone)
            .When(!string.IsNullOrEmpty(phone) && !PhonePattern().IsMatch(phone), "phone", "Digits, spaces, dashes, parentheses and a leading + only.")
            .Range("birthYear", birthYear, 1900, currentYear)
            .MaxLength("gender", gender, CustomerLimits.Short)
            .Name("city", city, CustomerLimits.Place, required: false)
            .Name("country", country, CustomerLimits.Place, required: false)
            .MaxLength("accountOwnerId", owner, CustomerLimits.Short)
            .MaxLength("source", source, CustomerLimits.Short);

    [GeneratedRegex(@"^\+?[0-9 ()\-]{3,31}$")]
    private static partial Regex PhonePattern();
}
