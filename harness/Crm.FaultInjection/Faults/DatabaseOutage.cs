using Crm.FaultInjection.Suite;

namespace Crm.FaultInjection.Faults;

/// <summary>
/// A consumer's database accepts no writes for a while: another connection holds SQLite's exclusive lock (as a backup,
/// a long migration or a stuck process would). The consumer's writes wait or fail and must be retried, not parked.
/// </summary>
public sealed record DatabaseOutage(string Service, TimeSpan Duration) : Fault($"{Service} database locked {Duration.TotalSeconds:F0} s")
{
    public override async Task InjectAsync(FaultSuite suite, CancellationToken ct)
    {
        await using var connection = suite.OpenDatabase(Service);
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await Task.Delay(Duration, ct);
        }
        finally
        {
            await using var rollback = connection.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
