using Crm.BuildingBlocks.Sql;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>Which deliveries of a batch the inbox already holds: one look-up for the batch, written by hand (EF translates
/// a query over a list of ids again for every list).</summary>
internal static class InboxLookup
{
    public static async Task<HashSet<(Guid MessageId, string Consumer)>> AlreadyAppliedAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, CancellationToken ct)
        where TContext : DbContext
    {
        var inbox = EntitySql.Of<InboxMessage>(db);
        await using var command = EntitySql.CommandOn(db);
        var ids = new HashSet<Guid>(batch.Count);
        var parameters = new List<string>(batch.Count);
        foreach (var delivery in batch)
        {
            if (ids.Add(delivery.MessageId))
            {
                parameters.Add(inbox.AddParameter(command, nameof(InboxMessage.MessageId), delivery.MessageId));
            }
        }

        var messageId = inbox.ColumnOf(nameof(InboxMessage.MessageId));
        command.CommandText =
            $"SELECT {messageId}, {inbox.ColumnOf(nameof(InboxMessage.Consumer))} FROM {inbox.Table} WHERE {messageId} IN ({string.Join(", ", parameters)})";
        var applied = new HashSet<(Guid MessageId, string Consumer)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return applied;
    }
}
