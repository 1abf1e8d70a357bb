using Crm.PartnerData.Agreements;
using Crm.PartnerData.Customers;

namespace Crm.PartnerData.Sharing;

/// <summary>
/// What a partner may receive about a customer: nothing without the customer's partner-sharing consent or without a
/// live agreement; otherwise exactly the attributes the live agreements name, under the partner's pseudonym.
/// </summary>
public static class SharingRule
{
    public static IReadOnlySet<string> AgreedAttributes(IEnumerable<Agreement> agreements, DateTimeOffset now) =>
        agreements.Where(a => a.IsLive(now)).SelectMany(a => a.Attributes).Where(ShareableAttributes.All.Contains).ToHashSet();

    public static Dictionary<string, object?>? Share(ShareableCustomer customer, IReadOnlySet<string> agreed, string pseudonymousId)
    {
        if (!customer.PartnerSharingConsent || customer.Erased || agreed.Count == 0)
        {
            return null;
        }

        var shared = new Dictionary<string, object?> { ["pseudonymousId"] = pseudonymousId };
        foreach (var attribute in agreed)
        {
            shared[attribute] = attribute switch
            {
                ShareableAttributes.FirstName => customer.FirstName,
                ShareableAttributes.LastName => customer.LastName,
                ShareableAttributes.Email => customer.Email,
                ShareableAttributes.Phone => customer.Phone,
                ShareableAttributes.City => customer.City,
                ShareableAttributes.Country => customer.Country,
                ShareableAttributes.BirthYear => customer.BirthYear,
                ShareableAttributes.Gender => customer.Gender,
                ShareableAttributes.LifecycleStage => customer.LifecycleStage,
                _ => null,
            };
        }

        return shared;
    }
}
