namespace Crm.Campaigns.Campaigns;

public enum CampaignStatus
{
    Draft,
    Scheduled,
    Running,
    Completed,
    Cancelled,
}
