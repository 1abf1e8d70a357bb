using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Crm.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Campaigns.Data;

/// <summary>
/// Inserts many rows of one entity type with one reused, prepared INSERT in the context's current transaction,
/// bypassing change tracking. Column names and value conversions come from the EF model (each property's type
/// mapping creates its parameter), so rows are stored exactly as SaveChanges would store them, on either provider.
/// A launch writes thousands of recipient, outbox and delivery rows a second; this is what makes that affordable.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
                $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})";
            var getters = properties.Select(p => p.GetGetter()).ToList();
            var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToList();
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                for (var i = 0; i < properties.Count; i++)
                {
                    command.Parameters.Add(mappings[i].CreateParameter(command, "@p" + i, getters[i].GetClrValue(row), properties[i].IsNullable));
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>An outbox row as <see cref="ServiceDbContext.Publish{TEvent}"/> writes it, for bulk insertion.</summary>
    public static OutboxMessage Outbox<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : class => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = MessageTypes.NameOf(typeof(TEvent)),
        Body = JsonSerializer.Serialize(@event, MessageTypes.Json),
        OccurredAt = occurredAt,
        TraceParent = Activity.Current?.Id,
    };
}
