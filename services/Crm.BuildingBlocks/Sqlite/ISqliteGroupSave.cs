using Crm.BuildingBlocks.Sql;
using Microsoft.Data.Sqlite;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>One context's save as a <see cref="SqliteGroupCommit"/> runs it: written in the group's transaction, then told
/// how the commit ended.</summary>
public interface ISqliteGroupSave
{
    /// <summary>Writes the save on the group's connection and in its transaction, its rows through <paramref name="rows"/>
    /// (shared by the whole group); a save that fails undoes its own part and throws.</summary>
    /// <returns>The rows written, for the caller of SaveChanges.</returns>
    Task<int> WriteAsync(SqliteConnection connection, SqliteTransaction transaction, IRowWriter rows);

    void Committed();

    /// <summary>The commit failed: the save keeps what it had, as after any failed save, for its caller to retry.</summary>
    void Failed();
}
