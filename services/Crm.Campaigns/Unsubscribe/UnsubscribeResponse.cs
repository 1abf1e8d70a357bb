using Crm.Campaigns.Campaigns;

namespace Crm.Campaigns.Unsubscribe;

public sealed record UnsubscribeResponse(CampaignChannel Channel, bool Unsubscribed);
