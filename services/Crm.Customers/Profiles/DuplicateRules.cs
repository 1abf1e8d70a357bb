namespace Crm.Customers.Profiles;

/// <summary>Who a person may already be: the contact points and name a new lead is compared on.</summary>
public sealed record PersonKeys(string? NormalizedEmail, string? NormalizedPhone, string SearchFirstName, string SearchLastName, Guid? CompanyId);

/// <summary>
/// Duplicate detection for leads and customers: the same email (refused: it is the unique key), the same phone number
/// however it is written, or the same name at the same company (flagged for staff, never merged).
/// </summary>
public static class DuplicateRules
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string NameAndCompany = "name-company";

    public static IReadOnlyList<string> Reasons(PersonKeys candidate, PersonKeys existing)
    {
        var reasons = new List<string>();
        if (candidate.NormalizedEmail is { Length: > 0 } email && email == existing.NormalizedEmail)
        {
            reasons.Add(Email);
        }

        if (candidate.NormalizedPhone is { Length: >= 6 } phone && phone == existing.NormalizedPhone)
        {
            reasons.Add(Phone);
        }

        if (candidate.CompanyId is { } company && company == existing.CompanyId && candidate.SearchLastName.Length > 0
            && candidate.SearchLastName == existing.SearchLastName && candidate.SearchFirstName == existing.SearchFirstName)
        {
            reasons.Add(NameAndCompany);
        }

        return reasons;
    }

    public static PersonKeys Of(Customer c) =>
        new(c.HasEmail ? c.NormalizedEmail : null, c.NormalizedPhone, c.SearchFirstName, c.SearchLastName, c.CompanyId);
}
