using Crm.Campaigns.Audience;
using Crm.Campaigns.Campaigns;
using Crm.Campaigns.Customers;

namespace Crm.UnitTests.Campaigns;

public sealed class MarketingConsentTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static AudienceMember Known() => new() { CustomerId = Guid.NewGuid(), Known = true };

    [Fact]
    public void An_older_consent_change_arriving_late_does_not_undo_a_newer_one()
    {
        var m = Known();
        MarketingConsent.Apply(m, "email", granted: false, T0.AddHours(2));
        MarketingConsent.Apply(m, "email", granted: true, T0.AddHours(1));

        Assert.False(MarketingConsent.Allows(m, CampaignChannel.Email));
    }

    [Fact]
    public void Consent_without_a_channel_covers_every_channel_including_web()
    {
        var m = Known();
        MarketingConsent.Apply(m, null, granted: true, T0);

        Assert.All(Enum.GetValues<CampaignChannel>(), c => Assert.True(MarketingConsent.Allows(m, c)));
    }

    [Fact]
    public void Do_not_contact_and_erasure_silence_every_channel()
    {
        var m = Known();
        MarketingConsent.Apply(m, null, granted: true, T0);
        MarketingConsent.ApplyDoNotContact(m, true, T0.AddMinutes(1));
        Assert.False(MarketingConsent.Allows(m, CampaignChannel.Email));

        var erased = Known();
        MarketingConsent.Apply(erased, null, granted: true, T0);
        erased.Erased = true;
        Assert.False(MarketingConsent.Allows(erased, CampaignChannel.Sms));
    }
}
