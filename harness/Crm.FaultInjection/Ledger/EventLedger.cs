using Crm.Contracts;
using Crm.FaultInjection.Suite;
using Microsoft.Data.Sqlite;

namespace Crm.FaultInjection.Ledger;

/// <summary>
/// Reads what the databases say happened: the producer's changes and outbox, each consumer's inbox and read model.
/// One open connection per database; reads never block the services (WAL).
/// </summary>
public sealed class EventLedger : IDisposable
{
    private readonly Dictionary<string, SqliteConnection> _connections = [];
    private readonly Lock _gate = new();

    public EventLedger(FaultSuite suite, IEnumerable<string> consumers)
    {
        foreach (var service in consumers.Append(Producer).Distinct())
        {
            _connections[service] = suite.OpenDatabase(service);
        }
    }

    public const string Producer = ResourceNames.Customers;

    /// <summary>Outbox rows per event type, and how many of them the broker has not confirmed yet.</summary>
    public OutboxCounts Outbox()
    {
        var total = new Dictionary<string, long>();
        long unsent = 0;
        Read(Producer, "SELECT MessageType, COUNT(*), SUM(SentAt IS NULL) FROM OutboxMessages GROUP BY MessageType", r =>
        {
            total[r.GetString(0)] = r.GetInt64(1);
            unsent += r.GetInt64(2);
        });
        return new OutboxCounts(total, unsent);
    }

    /// <summary>Inbox records per consumer class of a service.</summary>
    public Dictionary<string, long> InboxCounts(string service)
    {
        var counts = new Dictionary<string, long>();
        Read(service, "SELECT Consumer, COUNT(*) FROM InboxMessages GROUP BY Consumer", r => counts[r.GetString(0)] = r.GetInt64(1));
        return counts;
    }

    public Dictionary<string, List<Guid>> OutboxIds()
    {
        var ids = new Dictionary<string, List<Guid>>();
        Read(Producer, "SELECT MessageType, Id FROM OutboxMessages", r =>
        {
            if (!ids.TryGetValue(r.GetString(0), out var list))
            {
                ids[r.GetString(0)] = list = [];
            }

            list.Add(Guid.Parse(r.GetString(1)));
        });
        return ids;
    }

    public List<(Guid MessageId, string Consumer)> InboxRecords(string service)
    {
        var records = new List<(Guid, string)>();
        Read(service, "SELECT MessageId, Consumer FROM InboxMessages", r => records.Add((Guid.Parse(r.GetString(0)), r.GetString(1))));
        return records;
    }

    public long Scalar(string service, string sql)
    {
        long value = 0;
        Read(service, sql, r => value = r.IsDBNull(0) ? 0 : r.GetInt64(0));
        return value;
    }

    /// <summary>Customer id → profile version, from the producer's table or a read model.</summary>
    public Dictionary<Guid, long> Versions(string service, string table, string idColumn, string versionColumn)
    {
        var versions = new Dictionary<Guid, long>();
        Read(service, $"SELECT {idColumn}, {versionColumn} FROM {table}", r => versions[Guid.Parse(r.GetString(0))] = r.GetInt64(1));
        return versions;
    }

    private void Read(string service, string sql, Action<SqliteDataReader> row)
    {
        lock (_gate)
        {
            using var command = _connections[service].CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                row(reader);
            }
        }
    }

    public void Dispose()
    {
        foreach (var connection in _connections.Values)
        {
            connection.Dispose();
        }
    }
}
