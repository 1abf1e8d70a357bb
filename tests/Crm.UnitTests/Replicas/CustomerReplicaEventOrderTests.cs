using Crm.BuildingBlocks.Replicas;
using Crm.Campaigns.Customers;
using Crm.Contracts.Customers;
using Crm.PartnerData.Customers;
using Crm.Surveys.Customers;
using Crm.Tickets.Customers;

namespace Crm.UnitTests.Replicas;

/// <summary>
/// The customer events reach every service late, twice or out of order (each type has its own queue). Whatever the order,
/// each service's copy of the customer ends at the newest profile, and an erased customer stays erased.
/// </summary>
public sealed class CustomerReplicaEventOrderTests
{
    private static readonly Guid CustomerId = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Each service's replica and what it shows of the customer.</summary>
    private static readonly Dictionary<string, (Func<ICustomerReplica> Create, Func<ICustomerReplica, string> Shows)> Services = new()
    {
        ["tickets"] = (() => new DirectoryCustomer { CustomerId = CustomerId, FirstName = "", LastName = "" },
            r => r is DirectoryCustomer c ? $"{c.FirstName}|{c.LastName}|{c.AccountOwnerId}|{string.Join(',', c.ProductModels)}" : ""),
        ["surveys"] = (() => new Respondent { CustomerId = CustomerId },
            r => r is Respondent c ? $"{c.Country}|{c.LifecycleStage}|{c.HashedEmail}|{c.MarketingConsent.Count}" : ""),
        ["campaigns"] = (() => AudienceMember.Unknown(CustomerId),
            r => r is AudienceMember c ? $"{c.Known}|{c.FirstName}|{c.LastName}|{c.Email}|{c.City}|{c.Country}|{c.LifecycleStage}|{c.IsTargetable}" : ""),
        ["partner-data"] = (() => new ShareableCustomer { CustomerId = CustomerId },
            r => r is ShareableCustomer c ? $"{c.FirstName}|{c.LastName}|{c.Email}|{c.HashedEmail}|{c.Phone}|{c.Country}|{c.PartnerSharingConsent}" : ""),
    };

    public static TheoryData<string> EveryService() => [.. Services.Keys];

    private static CustomerRegistered Registered() =>
        new(CustomerId, "Rita", "Lopes", "rita@example.com", "+351 1", 1990, "f", "Porto", "PT", "lead", "olga", null, Now);

    private static CustomerUpdated Updated(long version, string lastName, string country) =>
        new(CustomerId, "Rita", lastName, $"rita.{version}@example.com", "+351 1", 1990, "f", "Lisboa", country, "customer", "paulo", null, version, Now.AddMinutes(version));

    [Theory]
    [MemberData(nameof(EveryService))]
    public void Out_of_order_and_repeated_updates_leave_the_newest_profile(string service)
    {
        var (create, shows) = Services[service];
        var replica = create();

        CustomerReplica.Apply(replica, CustomerSnapshot.Of(Updated(3, "Lopes-Silva", "ES")));
        CustomerReplica.Apply(replica, CustomerSnapshot.Of(Registered()));
        CustomerReplica.Apply(replica, CustomerSnapshot.Of(Updated(2, "Silva", "FR")));
        CustomerReplica.Apply(replica, CustomerSnapshot.Of(Updated(3, "Lopes-Silva", "ES")));

        var newestOnly = create();
        CustomerReplica.Apply(newestOnly, CustomerSnapshot.Of(Updated(3, "Lopes-Silva", "ES")));
        Assert.Equal((3L, false), (replica.Version, replica.Erased));
        Assert.Equal(shows(newestOnly), shows(replica));
        Assert.NotEqual(shows(create()), shows(replica));
    }

    [Theory]
    [MemberData(nameof(EveryService))]
    public void An_erased_customer_stays_erased_whatever_arrives_after(string service)
    {
        var (create, shows) = Services[service];
        var replica = create();
        CustomerReplica.Apply(replica, CustomerSnapshot.Of(Registered()));
        Assert.NotEqual(shows(create()), shows(replica));

        Assert.True(CustomerReplica.Erase(replica));
        CustomerReplica.Apply(replica, CustomerSnapshot.Of(Updated(5, "Lopes-Silva", "ES")));
        CustomerReplica.Apply(replica, CustomerSnapshot.Of(Registered()));
        Assert.False(CustomerReplica.Erase(replica));

        var erasedOnly = create();
        CustomerReplica.Erase(erasedOnly);
        Assert.True(replica.Erased);
        Assert.Equal(long.MaxValue, replica.Version);
        Assert.Equal(shows(erasedOnly), shows(replica));
        Assert.DoesNotContain("Rita", shows(replica));
        Assert.DoesNotContain(EmailHash.Of("rita@example.com"), shows(replica));
    }

    [Theory]
    [MemberData(nameof(EveryService))]
    public void An_erasure_that_arrives_before_the_registration_keeps_the_customer_out(string service)
    {
        var (create, shows) = Services[service];
        var replica = create();
        CustomerReplica.Erase(replica);
        Assert.False(CustomerReplica.Apply(replica, CustomerSnapshot.Of(Registered())));
        Assert.DoesNotContain("Rita", shows(replica));
    }

    [Fact]
    public void The_email_hash_is_the_one_partners_compute_from_the_trimmed_lower_case_address()
    {
        Assert.Equal(EmailHash.Of("rita@example.com"), EmailHash.Of("  Rita@Example.COM "));
        Assert.True(EmailHash.IsValid(EmailHash.Of("rita@example.com")));
        Assert.Equal("", EmailHash.Of(""));
    }
}
