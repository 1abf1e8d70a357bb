using Crm.Contracts.Customers;
using Crm.PartnerData.Agreements;
using Crm.PartnerData.Customers;
using Crm.PartnerData.Keys;
using Crm.PartnerData.Sharing;
using CsCheck;

namespace Crm.UnitTests.PartnerData;

public sealed class SharingPropertyTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Pseudonyms Pseudonyms = new("test-secret"u8.ToArray());

    private static readonly Gen<ShareableCustomer> Customers =
        Gen.Select(Gen.Guid, Gen.Bool, Gen.Bool, Gen.String[1, 20], Gen.Int[1900, 2020], (id, consent, erased, name, year) => new ShareableCustomer
        {
            CustomerId = id, PartnerSharingConsent = consent, Erased = erased, FirstName = name, LastName = name, Email = name + "@example.com",
            Phone = "+1", City = "C", Country = "PT", BirthYear = year, Gender = "x", LifecycleStage = "customer",
        });

    private static readonly Gen<Agreement> Agreements =
        Gen.Select(Gen.Int[0, ShareableAttributes.All.Count - 1].Array[0, 5], Gen.Int[-30, 30], (picks, days) => new Agreement
        {
            Id = Guid.NewGuid(), PartnerId = Guid.Empty, Purpose = "p", Attributes = picks.Select(i => ShareableAttributes.All[i]).Distinct().ToList(),
            ExpiresAt = Now.AddDays(days == 0 ? 1 : days),
        });

    [Fact]
    public void A_partner_never_receives_a_customer_without_consent_nor_an_attribute_outside_a_live_agreement()
    {
        Gen.Select(Customers, Agreements.Array[0, 4]).Sample((customer, agreements) =>
        {
            var agreed = SharingRule.AgreedAttributes(agreements, Now);
            var shared = SharingRule.Share(customer, agreed, Pseudonyms.For(Guid.Empty, customer.CustomerId));
            var liveAttributes = agreements.Where(a => a.ExpiresAt > Now).SelectMany(a => a.Attributes).ToHashSet();

            if (!customer.PartnerSharingConsent || customer.Erased || liveAttributes.Count == 0)
            {
                return shared is null;
            }

            return shared is not null
                && shared.Keys.Where(k => k != "pseudonymousId").All(liveAttributes.Contains)
                && liveAttributes.All(shared.ContainsKey)
                && !shared.ContainsKey("customerId");
        }, iter: 2000);
    }

    [Fact]
    public void Pseudonyms_are_stable_per_partner_and_differ_across_partners()
    {
        Gen.Select(Gen.Guid, Gen.Guid, Gen.Guid).Sample((customer, partnerA, partnerB) =>
            Pseudonyms.For(partnerA, customer) == Pseudonyms.For(partnerA, customer)
            && (partnerA == partnerB || Pseudonyms.For(partnerA, customer) != Pseudonyms.For(partnerB, customer))
            && !Pseudonyms.For(partnerA, customer).Contains(customer.ToString("N"), StringComparison.Ordinal), iter: 1000);
    }

    [Fact]
    public void Keys_carry_their_id_and_only_the_exact_key_matches_its_hash()
    {
        var (id, key, hash) = ApiKeys.Create();
        Assert.StartsWith("crmpk_", key);
        Assert.True(ApiKeys.TryParseId(key, out var parsed));
        Assert.Equal(id, parsed);
        Assert.True(ApiKeys.Matches(key, hash));
        Assert.False(ApiKeys.Matches(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), hash));
        Assert.False(ApiKeys.TryParseId("crmpk_nonsense", out _));
        Assert.False(ApiKeys.TryParseId(null, out _));
        Assert.True(key.Length - ("crmpk_".Length + 33) >= 43, "at least 256 random bits");
    }

    [Fact]
    public void Email_hashes_use_the_trimmed_lower_case_address()
    {
        Assert.Equal(EmailHash.Of("ana@example.com"), EmailHash.Of("  Ana@Example.COM "));
        Assert.True(EmailHash.IsValid(EmailHash.Of("x@y.z")));
        Assert.False(EmailHash.IsValid(EmailHash.Of("x@y.z").ToUpperInvariant()));
    }
}
