using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;

namespace Crm.PartnerData.Customers;

/// <summary>What partner-data knows of a customer, from customer events: the attributes that may be shared, and the consent.</summary>
public sealed class ShareableCustomer : ICustomerReplica
{
    public Guid CustomerId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>The <see cref="EmailHash"/> of the email: what partners' hashed emails match.</summary>
    public string HashedEmail { get; set; } = "";
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public int? BirthYear { get; set; }
    public string? Gender { get; set; }
    public string? LifecycleStage { get; set; }
    public bool PartnerSharingConsent { get; set; }
    public DateTimeOffset? ConsentChangedAt { get; set; }
    public long Version { get; set; }
    public bool Erased { get; set; }

    public void Copy(CustomerSnapshot snapshot)
    {
        (FirstName, LastName, Email, HashedEmail) = (snapshot.FirstName, snapshot.LastName, snapshot.Email, EmailHash.Of(snapshot.Email));
        (Phone, City, Country, BirthYear, Gender, LifecycleStage) = (snapshot.Phone, snapshot.City, snapshot.Country, snapshot.BirthYear, snapshot.Gender, snapshot.LifecycleStage);
    }

    public void Forget()
    {
        (FirstName, LastName, Email, HashedEmail) = ("", "", "", "");
        (Phone, City, Country, BirthYear, Gender, LifecycleStage) = (null, null, null, null, null, null);
        PartnerSharingConsent = false;
    }
}
