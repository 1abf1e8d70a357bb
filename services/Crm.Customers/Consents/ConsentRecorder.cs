using Crm.BuildingBlocks.Api;
using Crm.Contracts.Customers;
using Crm.Customers.Data;
using Crm.Customers.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Consents;

/// <summary>Records a consent change with its history row, timeline entry and event, for staff, self-service and unsubscribe alike.</summary>
public static class ConsentRecorder
{
    public static ValidationErrors Validate(ConsentRequest request) =>
        new ValidationErrors()
            .When(request.Purpose is null, "purpose", "Required: marketing or partner-sharing.")
            .When(request.Granted is null, "granted", "Required: true or false.");

    public static void Record(CustomersDbContext db, Guid customerId, ConsentPurpose purpose, ContactChannel? channel, bool granted,
        string source, string? recordedBy, DateTimeOffset now)
    {
        var record = new ConsentRecord
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customerId,
            Purpose = purpose,
            Channel = channel,
            Granted = granted,
            RecordedAt = now,
            Source = source,
            RecordedBy = recordedBy,
        };
        db.Consents.Add(record);
        var purposeName = ConsentSet.PurposeName(purpose);
        var channelName = ConsentSet.ChannelName(channel);
        db.Timeline.Add(TimelineEntry.Create(customerId, TimelineTypes.Consent, now,
            $"{(granted ? "Granted" : "Withdrew")} {purposeName} consent{(channelName is null ? "" : $" for {channelName}")} ({source})", record.Id.ToString()));
        db.Publish(new CustomerConsentChanged(customerId, purposeName, channelName, granted, source, now), now);
    }

    public static async Task<IReadOnlyList<ConsentState>> CurrentAsync(CustomersDbContext db, Guid customerId, CancellationToken ct = default) =>
        ConsentSet.Current(await db.Consents.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync(ct));
}
