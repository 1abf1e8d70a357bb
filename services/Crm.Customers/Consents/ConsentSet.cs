namespace Crm.Customers.Consents;

public sealed record ConsentState(ConsentPurpose Purpose, ContactChannel? Channel, bool Granted, DateTimeOffset RecordedAt, string Source);

/// <summary>The customer's current consents: for each purpose and channel, the latest record wins.</summary>
public static class ConsentSet
{
    public static IReadOnlyList<ConsentState> Current(IEnumerable<ConsentRecord> history) =>
        history
            .GroupBy(r => (r.Purpose, r.Channel))
            .Select(g => g.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Last())
            .OrderBy(r => r.Purpose).ThenBy(r => r.Channel)
            .Select(r => new ConsentState(r.Purpose, r.Channel, r.Granted, r.RecordedAt, r.Source))
            .ToList();

    /// <summary>Whether contact for a purpose on a channel is allowed: a channel-specific record beats a purpose-wide one; no record means no consent.</summary>
    public static bool Allows(IReadOnlyList<ConsentState> current, ConsentPurpose purpose, ContactChannel? channel)
    {
        var specific = channel is null ? null : current.FirstOrDefault(c => c.Purpose == purpose && c.Channel == channel);
        var general = current.FirstOrDefault(c => c.Purpose == purpose && c.Channel is null);
        return (specific ?? general)?.Granted ?? false;
    }

    public static string PurposeName(ConsentPurpose purpose) => purpose == ConsentPurpose.PartnerSharing ? "partner-sharing" : "marketing";

    public static string? ChannelName(ContactChannel? channel) => channel?.ToString().ToLowerInvariant();
}
