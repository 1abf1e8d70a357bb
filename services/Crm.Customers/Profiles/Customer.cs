using System.Text;
using Crm.BuildingBlocks.Rules;
using Crm.BuildingBlocks.Text;

namespace Crm.Customers.Profiles;

/// <summary>A person we look after: demographics, lifecycle stage, contact points and the one account owner who handles all their matters.</summary>
public sealed class Customer
{
    public Guid Id { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    /// <summary>Trimmed lower-case email: the unique key, and what partners' hashed emails are matched against.</summary>
    public required string NormalizedEmail { get; set; }
    /// <summary>The look-alike skeleton of the normalised email (<see cref="Confusables"/>), indexed to find possible duplicates.</summary>
    public string EmailSkeleton { get; set; } = "";
    /// <summary>An older customer whose email looks the same but is not: flagged for staff to check, never merged.</summary>
    public Guid? PossibleDuplicateOf { get; set; }
    /// <summary>Lower-case names, indexed, so that prefix search is a range scan rather than a table scan.</summary>
    public string SearchFirstName { get; set; } = "";
    public string SearchLastName { get; set; } = "";
    public string? Phone { get; set; }
    /// <summary>The phone's digits (and a leading +), indexed to find the same number written differently.</summary>
    public string? NormalizedPhone { get; set; }
    /// <summary>A social-network handle: with a phone or an email, one of the ways to reach a lead.</summary>
    public string? SocialHandle { get; set; }
    /// <summary>The organisation the person works for.</summary>
    public Guid? CompanyId { get; set; }
    public int? BirthYear { get; set; }
    public string? Gender { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public LifecycleStage LifecycleStage { get; set; }
    public string? AccountOwnerId { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When the customer was erased (GDPR): the row stays as a tombstone without personal data.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
    /// <summary>Incremented by every change; the ETag.</summary>
    public long Version { get; set; }

    /// <summary>Whether the person gave an email: leads and prospects may be known by a phone or a social handle only.</summary>
    public bool HasEmail => Email.Length > 0;

    public static string? NormalizePhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null : string.Concat(phone.Trim().Where((c, i) => char.IsAsciiDigit(c) || (i == 0 && c == '+')));

    public static string Normalize(string email) => email.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant();

    /// <summary>Sets the email, its unique key and its skeleton together.</summary>
    public void SetEmail(string email)
    {
        Email = email.Normalize(NormalizationForm.FormC).Trim();
        NormalizedEmail = Normalize(email);
        EmailSkeleton = Confusables.Skeleton(NormalizedEmail);
    }

    /// <summary>No email: the unique key is the customer's own, so it clashes with nobody.</summary>
    public void SetNoEmail()
    {
        Email = "";
        NormalizedEmail = $"none:{Id:N}";
        EmailSkeleton = NormalizedEmail;
    }

    /// <summary>A lead or prospect becomes a customer; a customer already is one; a churned customer is won back, not converted.</summary>
    public Outcome Convert(DateTimeOffset now)
    {
        switch (LifecycleStage)
        {
            case LifecycleStage.Customer:
                return Outcome.Unchanged;
            case LifecycleStage.Churned:
                return Outcome.Refused("A churned customer is won back by changing their lifecycle stage, not converted.");
            default:
                LifecycleStage = LifecycleStage.Customer;
                UpdatedAt = now;
                Version++;
                return Outcome.Changed;
        }
    }

    /// <summary>Keeps the search columns in step with the names.</summary>
    public void IndexNames()
    {
        SearchFirstName = FirstName.ToLowerInvariant();
        SearchLastName = LastName.ToLowerInvariant();
    }

    /// <summary>
    /// Applies a partial update (the email is set apart, with its uniqueness check): an absent field stays as it is, a blank
    /// optional one is cleared, names and places are normalised. Every update is a new version.
    /// </summary>
    public void Apply(UpdateCustomerRequest update, DateTimeOffset now)
    {
        FirstName = update.FirstName is null ? FirstName : DisplayText.Normalize(update.FirstName);
        LastName = update.LastName is null ? LastName : DisplayText.Normalize(update.LastName);
        IndexNames();
        Phone = Merge(Phone, update.Phone);
        NormalizedPhone = NormalizePhone(Phone);
        SocialHandle = Merge(SocialHandle, update.SocialHandle);
        CompanyId = update.CompanyId is null ? CompanyId : update.CompanyId == Guid.Empty ? null : update.CompanyId;
        BirthYear = update.BirthYear ?? BirthYear;
        Gender = Merge(Gender, update.Gender);
        City = Merge(City, update.City, DisplayText.Normalize);
        Country = Merge(Country, update.Country, DisplayText.Normalize);
        LifecycleStage = update.LifecycleStage ?? LifecycleStage;
        AccountOwnerId = Merge(AccountOwnerId, update.AccountOwnerId);
        Source = Merge(Source, update.Source);
        UpdatedAt = now;
        Version++;
    }

    /// <summary>The right to erasure: a tombstone without personal data remains, and its email is free for someone else.</summary>
    public void Erase(DateTimeOffset now)
    {
        (FirstName, LastName, Email) = ("", "", "");
        IndexNames();
        NormalizedEmail = $"erased:{Id:N}";
        EmailSkeleton = NormalizedEmail;
        PossibleDuplicateOf = null;
        (Phone, BirthYear, Gender, City, Country, AccountOwnerId, Source) = (null, null, null, null, null, null, null);
        (NormalizedPhone, SocialHandle, CompanyId) = (null, null, null);
        (ErasedAt, UpdatedAt) = (now, now);
        Version++;
    }

    private static string? Merge(string? current, string? requested) => Merge(current, requested, v => v.Trim());

    private static string? Merge(string? current, string? requested, Func<string, string> normalize) =>
        requested is null ? current : string.IsNullOrWhiteSpace(requested) ? null : normalize(requested);
}
