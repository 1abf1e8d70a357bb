using System.Data.Common;

namespace Crm.BuildingBlocks.Data;

public static class DatabaseProviders
{
    /// <summary>
    /// A connection string whose data source is a file ending in .db/.sqlite/.sqlite3 (or :memory:) is SQLite;
    /// anything else (Server=…, Data Source=host,port; Initial Catalog=…) is SQL Server.
    /// </summary>
    public static DatabaseProvider Detect(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (parts.ContainsKey("Server") || parts.ContainsKey("Initial Catalog") || parts.ContainsKey("Database"))
        {
            return DatabaseProvider.SqlServer;
        }

        var source = (parts.TryGetValue("Data Source", out var value) ? value as string : null)?.Trim() ?? "";
        return source == ":memory:" || source.EndsWith(".db", StringComparison.OrdinalIgnoreCase)
            || source.EndsWith(".sqlite", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".sqlite3", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Sqlite
            : DatabaseProvider.SqlServer;
    }
}
