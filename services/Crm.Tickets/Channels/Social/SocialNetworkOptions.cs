namespace Crm.Tickets.Channels.Social;

/// <summary>One network's settings (<c>Channels:Social:&lt;network&gt;</c>): the webhook secret and where agent replies go.</summary>
public sealed class SocialNetworkOptions
{
    public const string Section = "Channels:Social";

    public string Secret { get; set; } = "";
    public string? OutboundUrl { get; set; }
}
