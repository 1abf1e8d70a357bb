using Crm.Campaigns.Attribution;
using Crm.Campaigns.Campaigns;

namespace Crm.UnitTests.Campaigns;

public sealed class AttributionRuleTests
{
    private static readonly DateTimeOffset Purchase = new(2026, 6, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);

    [Fact]
    public void A_purchase_with_a_campaigns_source_code_is_that_campaigns_conversion()
    {
        var spring = new SentMessage(Guid.NewGuid(), "SPRING", CampaignChannel.Email, Purchase.AddDays(-60));
        var recent = new SentMessage(Guid.NewGuid(), "JUNE", CampaignChannel.Sms, Purchase.AddDays(-1));

        var credit = AttributionRule.Attribute(spring, [recent], Purchase, Window);

        Assert.Equal((spring, ConversionBasis.SourceCode), credit);
    }

    [Fact]
    public void Otherwise_the_latest_message_within_the_window_before_the_purchase_earns_it()
    {
        var older = new SentMessage(Guid.NewGuid(), "A", CampaignChannel.Email, Purchase.AddDays(-10));
        var latest = new SentMessage(Guid.NewGuid(), "B", CampaignChannel.Sms, Purchase.AddDays(-2));
        var after = new SentMessage(Guid.NewGuid(), "C", CampaignChannel.Web, Purchase.AddHours(1));

        Assert.Equal((latest, ConversionBasis.Window), AttributionRule.Attribute(null, [older, latest, after], Purchase, Window));
    }

    [Fact]
    public void A_message_older_than_the_window_earns_nothing()
    {
        var old = new SentMessage(Guid.NewGuid(), "A", CampaignChannel.Email, Purchase.AddDays(-15));

        Assert.Null(AttributionRule.Attribute(null, [old], Purchase, Window));
    }
}
