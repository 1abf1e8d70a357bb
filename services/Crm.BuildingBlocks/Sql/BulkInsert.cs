using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Sql;

/// <summary>
/// Inserts many rows of one entity type with one reused, prepared INSERT in the context's current transaction,
/// bypassing change tracking. Column names and value conversions come from the EF model (each property's type
/// mapping creates its parameter), so rows are stored exactly as SaveChanges would store them, on either provider.
/// A campaign launch writes thousands of recipient, outbox and delivery rows a second, and the group commit writes
/// the outbox rows of every save in its transaction this way (<see cref="BulkInsertSession"/>); the statement is
/// <see cref="EntitySql.InsertSql"/>.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = EntitySql.CommandOn(db);
            await InsertAsync(EntitySql.Of<T>(db), command, rows, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static async Task InsertAsync<T>(EntitySql entity, DbCommand command, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (command.CommandText != entity.InsertSql)
        {
            command.CommandText = entity.InsertSql;
        }

        foreach (var row in rows)
        {
            command.Parameters.Clear();
            foreach (var column in entity.Columns)
            {
                EntitySql.AddParameter(command, column, column.Getter.GetClrValue(row));
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
