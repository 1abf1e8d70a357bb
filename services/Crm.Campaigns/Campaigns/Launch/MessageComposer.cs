using Crm.Campaigns.Campaigns.Delivery;
using Crm.Campaigns.Campaigns.Templates;
using Crm.Campaigns.Unsubscribe;
using Microsoft.Extensions.Options;

namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>Renders a campaign's message for one customer, with their own signed unsubscribe link.</summary>
public sealed class MessageComposer(UnsubscribeTokens tokens, IOptions<CampaignsOptions> options)
{
    public OutgoingMessage Compose(Campaign campaign, LaunchCandidate c, Guid messageId)
    {
        var token = tokens.Issue(new UnsubscribeClaim(c.CustomerId, campaign.Channel, campaign.Id));
        var values = new Dictionary<string, string?>
        {
            [MessageTemplate.FirstName] = c.FirstName,
            [MessageTemplate.LastName] = c.LastName,
            [MessageTemplate.City] = c.City,
            [MessageTemplate.UnsubscribeUrl] = $"{options.Value.PublicBaseUrl?.TrimEnd('/')}/api/unsubscribe/{token}",
        };
        var html = campaign.Channel is CampaignChannel.Email or CampaignChannel.Web;
        var body = MessageTemplate.Render(campaign.Body, values, html ? TemplateEncoding.Html : TemplateEncoding.PlainText);
        var subject = campaign.Subject is null ? null : MessageTemplate.Render(campaign.Subject, values, TemplateEncoding.HeaderLine);
        var address = campaign.Channel == CampaignChannel.Email ? c.Email : null;
        return new OutgoingMessage(messageId, campaign.Id, c.CustomerId, campaign.Channel, address, subject, body);
    }
}
