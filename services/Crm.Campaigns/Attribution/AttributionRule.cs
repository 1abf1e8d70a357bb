namespace Crm.Campaigns.Attribution;

/// <summary>
/// Which campaign earns a purchase: the campaign whose source code the purchase carries; otherwise the most recent
/// message to the customer at most <c>window</c> before the purchase; otherwise none.
/// </summary>
public static class AttributionRule
{
    public static (SentMessage Campaign, ConversionBasis Basis)? Attribute(
        SentMessage? campaignWithSourceCode, IEnumerable<SentMessage> messages, DateTimeOffset purchasedAt, TimeSpan window)
    {
        if (campaignWithSourceCode is not null)
        {
            return (campaignWithSourceCode, ConversionBasis.SourceCode);
        }

        var latest = messages
            .Where(m => m.SentAt <= purchasedAt && purchasedAt - m.SentAt <= window)
            .OrderByDescending(m => m.SentAt)
            .FirstOrDefault();
        return latest is null ? null : (latest, ConversionBasis.Window);
    }
}
