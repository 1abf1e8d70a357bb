using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;

namespace Crm.Surveys.Customers;

/// <summary>What surveys knows of a customer, from customer events: segmenting attributes, hashed email and marketing consent per channel.</summary>
public sealed class Respondent : ICustomerReplica
{
    public Guid CustomerId { get; set; }
    public string? Country { get; set; }
    public string? LifecycleStage { get; set; }
    public string HashedEmail { get; set; } = "";
    /// <summary>Marketing consent per channel ("all" for purpose-wide): true granted, false withdrawn, absent never asked.</summary>
    public Dictionary<string, bool> MarketingConsent { get; set; } = [];
    public long Version { get; set; }
    public bool Erased { get; set; }

    /// <summary>Marketing contact needs a grant; the transactional CSAT only needs that the customer did not withdraw.</summary>
    public bool MayContact(string channel, bool transactional)
    {
        var choice = MarketingConsent.TryGetValue(channel, out var specific) ? specific : MarketingConsent.TryGetValue("all", out var general) ? general : (bool?)null;
        return !Erased && (transactional ? choice != false : choice == true);
    }

    public void Copy(CustomerSnapshot snapshot) =>
        (Country, LifecycleStage, HashedEmail) = (snapshot.Country, snapshot.LifecycleStage, EmailHash.Of(snapshot.Email));

    public void Forget() => (HashedEmail, Country, LifecycleStage, MarketingConsent) = ("", null, null, []);
}
