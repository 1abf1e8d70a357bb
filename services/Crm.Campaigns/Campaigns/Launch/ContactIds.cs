namespace Crm.Campaigns.Campaigns.Launch;

public static class ContactIds
{
    /// <summary>The contact-pressure reservation of a campaign message: the same for a retried decision, so it counts once.</summary>
    public static string Of(Guid campaignId, Guid customerId) => $"campaign:{campaignId:N}:{customerId:N}";
}
