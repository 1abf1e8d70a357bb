using Crm.Campaigns.Campaigns;
using Crm.Campaigns.Customers;

namespace Crm.Campaigns.Audience;

/// <summary>
/// Marketing consent per channel on the read model. A change applies only if it is not older than the last one seen
/// for that channel, so events arriving out of order cannot undo a newer choice. A change without a channel applies to
/// every channel; web consent comes only from such a change (or an explicit "web" one).
/// </summary>
public static class MarketingConsent
{
    public const string Purpose = "marketing";
    public const string DoNotContactPurpose = "do-not-contact";
    public static readonly IReadOnlyList<string> Channels = ["email", "sms", "phone", "social", "web"];

    public static bool Apply(AudienceMember m, string? channel, bool granted, DateTimeOffset at)
    {
        if (channel is null)
        {
            return Channels.Aggregate(false, (changed, c) => Apply(m, c, granted, at) | changed);
        }

        switch (channel.ToLowerInvariant())
        {
            case "email": return Set(granted, at, m.ConsentEmailAt, v => m.ConsentEmail = v, t => m.ConsentEmailAt = t);
            case "sms": return Set(granted, at, m.ConsentSmsAt, v => m.ConsentSms = v, t => m.ConsentSmsAt = t);
            case "phone": return Set(granted, at, m.ConsentPhoneAt, v => m.ConsentPhone = v, t => m.ConsentPhoneAt = t);
            case "social": return Set(granted, at, m.ConsentSocialAt, v => m.ConsentSocial = v, t => m.ConsentSocialAt = t);
            case "web": return Set(granted, at, m.ConsentWebAt, v => m.ConsentWeb = v, t => m.ConsentWebAt = t);
            default: return false;
        }
    }

    public static bool ApplyDoNotContact(AudienceMember m, bool doNotContact, DateTimeOffset at) =>
        Set(doNotContact, at, m.DoNotContactAt, v => m.DoNotContact = v, t => m.DoNotContactAt = t);

    /// <summary>Whether a campaign on <paramref name="channel"/> may reach the customer.</summary>
    public static bool Allows(AudienceMember m, CampaignChannel channel) =>
        m.IsTargetable && !m.DoNotContact && channel switch
        {
            CampaignChannel.Email => m.ConsentEmail,
            CampaignChannel.Sms => m.ConsentSms,
            CampaignChannel.Social => m.ConsentSocial,
            CampaignChannel.Web => m.ConsentWeb,
            _ => false,
        };

    public static IReadOnlyDictionary<string, bool> Of(AudienceMember m) => new Dictionary<string, bool>
    {
        ["email"] = m.ConsentEmail,
        ["sms"] = m.ConsentSms,
        ["phone"] = m.ConsentPhone,
        ["social"] = m.ConsentSocial,
        ["web"] = m.ConsentWeb,
    };

    private static bool Set(bool value, DateTimeOffset at, DateTimeOffset? lastAt, Action<bool> setValue, Action<DateTimeOffset> setAt)
    {
        if (lastAt is { } last && at < last)
        {
            return false;
        }

        setValue(value);
        setAt(at);
        return true;
    }
}
