using Crm.BuildingBlocks.Sql;
using Crm.Campaigns.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Campaigns.Delivery;

/// <summary>The default adapter for every channel: records each message in the delivery log (a repeat is ignored).</summary>
public sealed class DeliveryLogAdapter(IServiceScopeFactory scopes, TimeProvider time) : IChannelAdapter
{
    public bool Handles(CampaignChannel channel) => true;

    public async Task DeliverAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        var ids = messages.Select(m => m.MessageId).ToList();
        var logged = (await db.DeliveryLog.Where(d => ids.Contains(d.MessageId)).Select(d => d.MessageId).ToListAsync(ct)).ToHashSet();
        var now = time.GetUtcNow();
        var entries = messages.Where(m => !logged.Contains(m.MessageId)).Select(m => new DeliveryLogEntry
        {
            MessageId = m.MessageId,
            CampaignId = m.CampaignId,
            CustomerId = m.CustomerId,
            Channel = m.Channel,
            Address = m.Address,
            Subject = m.Subject,
            Body = m.Body,
            DeliveredAt = now,
        }).ToList();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await BulkInsert.InsertAsync(db, entries, ct);
            await transaction.CommitAsync(ct);
        });
    }
}
