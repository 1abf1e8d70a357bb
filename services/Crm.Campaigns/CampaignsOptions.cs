namespace Crm.Campaigns;

/// <summary>Configuration section <c>Campaigns</c>.</summary>
public sealed class CampaignsOptions
{
    public const string Section = "Campaigns";

    /// <summary>Base64 key that signs unsubscribe tokens.</summary>
    public string? UnsubscribeKey { get; set; }
    /// <summary>Prefix of unsubscribe links in messages (the public gateway address); relative links without it.</summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>A purchase this long after a message to the customer is the campaign's conversion.</summary>
    public TimeSpan AttributionWindow { get; set; } = TimeSpan.FromDays(14);
    /// <summary>Members decided per launch transaction.</summary>
    public int LaunchBatchSize { get; set; } = 1000;
    /// <summary>How often the launcher looks for scheduled campaigns that are due.</summary>
    public TimeSpan LauncherPollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Sender address of email campaigns sent over SMTP.</summary>
    public string EmailFrom { get; set; } = "marketing@crm.invalid";
}
