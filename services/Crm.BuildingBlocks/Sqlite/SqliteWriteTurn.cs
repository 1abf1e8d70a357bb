namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// A writer's turn at the database's write gate, from <see cref="SqliteDatabase{TContext}.EnterWriteAsync"/>: disposing it
/// lets the next writer in. The default value holds no turn (a database without a gate) and disposes to nothing.
/// </summary>
public readonly struct SqliteWriteTurn(SqliteWriteGate? gate) : IDisposable
{
    public void Dispose() => gate?.Exit();
}
