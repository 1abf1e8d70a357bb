using System.Diagnostics;
using Crm.BuildingBlocks.Sql;
using Microsoft.Data.Sqlite;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// One group of a <see cref="SqliteGroupCommit"/>: its own connection and transaction, each save's part in turn (a part
/// that fails fails alone), one commit, then each save's outcome — its rows once committed, or the commit's failure.
/// </summary>
internal static class SqliteGroupTransaction
{
    public static async Task CommitAsync(string connectionString, List<PendingGroupSave> group)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await SqliteConnectionTuning.TuneAsync(connection, CancellationToken.None);
        var written = new List<(PendingGroupSave Pending, int Rows)>(group.Count);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        await using (var rows = new BulkInsertSession(connection, transaction))
        {
            foreach (var pending in group)
            {
                // Each save's commands belong to the trace of the request that made it.
                Activity.Current = pending.Activity;
                try
                {
                    written.Add((pending, await pending.Save.WriteAsync(connection, transaction, rows)));
                }
                catch (Exception ex)
                {
                    pending.Saved.TrySetException(ex);
                }
                finally
                {
                    Activity.Current = null;
                }
            }

            try
            {
                await transaction.CommitAsync();
            }
            catch (Exception ex)
            {
                foreach (var (pending, _) in written)
                {
                    pending.Save.Failed();
                    pending.Saved.TrySetException(ex);
                }

                return;
            }
        }

        foreach (var (pending, saved) in written)
        {
            pending.Save.Committed();
            pending.Saved.TrySetResult(saved);
        }
    }
}
