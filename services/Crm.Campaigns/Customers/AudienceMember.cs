using Crm.BuildingBlocks.Replicas;
using Crm.Campaigns.Audience;

namespace Crm.Campaigns.Customers;

/// <summary>
/// What marketing knows about a customer, built only from events: profile, marketing consent per channel,
/// purchase totals and partner attributes. A row may exist before its profile (a purchase arrived first);
/// it is part of the audience only once <see cref="Known"/>. An erased customer stays as a bare tombstone so
/// that late events cannot bring them back.
/// </summary>
public sealed class AudienceMember : ICustomerReplica
{
    public Guid CustomerId { get; set; }
    public bool Known { get; set; }
    public bool Erased { get; set; }
    public long ProfileVersion { get; set; }
    public DateTimeOffset? ProfileAt { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public int? BirthYear { get; set; }
    public string? Gender { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? LifecycleStage { get; set; }

    public bool ConsentEmail { get; set; }
    public bool ConsentSms { get; set; }
    public bool ConsentPhone { get; set; }
    public bool ConsentSocial { get; set; }
    public bool ConsentWeb { get; set; }
    public DateTimeOffset? ConsentEmailAt { get; set; }
    public DateTimeOffset? ConsentSmsAt { get; set; }
    public DateTimeOffset? ConsentPhoneAt { get; set; }
    public DateTimeOffset? ConsentSocialAt { get; set; }
    public DateTimeOffset? ConsentWebAt { get; set; }
    /// <summary>The customer asked not to be contacted for marketing at all.</summary>
    public bool DoNotContact { get; set; }
    public DateTimeOffset? DoNotContactAt { get; set; }

    public decimal TotalSpent { get; set; }
    public int PurchaseCount { get; set; }
    public DateTimeOffset? LastPurchaseAt { get; set; }
    /// <summary>The earliest moment a product category the customer buys regularly is due again (segment field replenishmentDue).</summary>
    public DateTimeOffset? NextReplenishmentAt { get; set; }

    public List<AudiencePurchase> Purchases { get; set; } = [];
    public List<AudiencePartnerAttribute> PartnerAttributes { get; set; } = [];

    /// <summary>The product models the customer owns (not mapped: <see cref="AudienceStore"/> loads it for rule evaluation).</summary>
    public HashSet<string> ProductModels { get; set; } = new(StringComparer.Ordinal);

    public bool IsTargetable => Known && !Erased;

    public static AudienceMember Unknown(Guid customerId) => new() { CustomerId = customerId };

    long ICustomerReplica.Version
    {
        get => ProfileVersion;
        set => ProfileVersion = value;
    }

    public void Copy(CustomerSnapshot snapshot)
    {
        (Known, ProfileAt) = (true, AudienceStore.Utc(snapshot.OccurredAt));
        (FirstName, LastName, Email) = (Cut(snapshot.FirstName, AudienceLimits.Name), Cut(snapshot.LastName, AudienceLimits.Name), Cut(snapshot.Email, AudienceLimits.Email));
        (BirthYear, Gender, City, Country) = (snapshot.BirthYear, Cut(snapshot.Gender, AudienceLimits.Short), Cut(snapshot.City, AudienceLimits.Place), Cut(snapshot.Country, AudienceLimits.Place));
        LifecycleStage = Cut(snapshot.LifecycleStage.ToLowerInvariant(), 16);
    }

    /// <summary>The profile and what was contributed about the person; the consumer resets the rest of the row to a bare tombstone.</summary>
    public void Forget()
    {
        (Known, ProfileAt, FirstName, LastName, Email) = (false, null, null, null, null);
        (BirthYear, Gender, City, Country, LifecycleStage) = (null, null, null, null, null);
        PartnerAttributes.Clear();
        ProductModels.Clear();
    }

    private static string? Cut(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];
}
