namespace Crm.Campaigns.Campaigns;

public static class CampaignLimits
{
    public const int Name = 200;
    public const int Subject = 200;
    public const int Body = 20_000;
    public const int SourceCode = 64;
}
