namespace Crm.Campaigns.Campaigns;

/// <summary>Where a campaign's messages go. Web is personalised content on our own site, shown to signed-in customers.</summary>
public enum CampaignChannel
{
    Email,
    Sms,
    Social,
    Web,
}
