using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.Customers;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.PartnerData;

namespace Crm.Campaigns.Audience.Events;

/// <summary>Partner attributes become segment fields <c>partner.&lt;name&gt;</c>; for one name the latest contribution wins.</summary>
public sealed class PartnerAttributesContributedConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<PartnerAttributesContributed, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(PartnerAttributesContributed message, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, message.CustomerId, ct);
        if (member.Erased)
        {
            return;
        }

        var at = AudienceStore.Utc(message.OccurredAt);
        foreach (var (name, value) in message.Attributes)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > AudienceLimits.Short || value is null)
            {
                continue;
            }

            var text = value.Length <= AudienceLimits.Attribute ? value : value[..AudienceLimits.Attribute];
            var existing = member.PartnerAttributes.FirstOrDefault(a => a.Name == name);
            if (existing is null)
            {
                member.PartnerAttributes.Add(new AudiencePartnerAttribute { CustomerId = message.CustomerId, Name = name, Value = text, PartnerId = message.PartnerId, ContributedAt = at });
            }
            else if (existing.ContributedAt <= at)
            {
                (existing.Value, existing.PartnerId, existing.ContributedAt) = (text, message.PartnerId, at);
            }
        }

        await membership.RefreshAsync(Db, member, ct);
    }
}
