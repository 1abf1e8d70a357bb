using System.Linq.Expressions;
using Crm.Campaigns.Customers;

namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>A segment member as the launch reads them: personalisation fields and whether the channel may reach them.</summary>
public sealed record LaunchCandidate(Guid CustomerId, string? FirstName, string? LastName, string? City, string? Email, bool ChannelAllowed)
{
    /// <summary>An audience member read as a candidate of <paramref name="channel"/>: reachable with its consent and no do-not-contact.</summary>
    public static Expression<Func<AudienceMember, LaunchCandidate>> On(CampaignChannel channel) => channel switch
    {
        CampaignChannel.Email => m => new LaunchCandidate(m.CustomerId, m.FirstName, m.LastName, m.City, m.Email, m.ConsentEmail && !m.DoNotContact && m.Email != null),
        CampaignChannel.Sms => m => new LaunchCandidate(m.CustomerId, m.FirstName, m.LastName, m.City, m.Email, m.ConsentSms && !m.DoNotContact),
        CampaignChannel.Social => m => new LaunchCandidate(m.CustomerId, m.FirstName, m.LastName, m.City, m.Email, m.ConsentSocial && !m.DoNotContact),
        _ => m => new LaunchCandidate(m.CustomerId, m.FirstName, m.LastName, m.City, m.Email, m.ConsentWeb && !m.DoNotContact),
    };
}
