namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// SQLite has one writer. Writers that collide wait in SQLite's busy handler, which sleeps the calling thread (1–100 ms
/// at a time): under load the database idles between sleeps and the thread pool starves. The service's writers —
/// requests saving changes, consumers, the outbox relay — therefore queue here, asynchronously, and take the write lock
/// one at a time. One gate per database (<see cref="SqliteDatabase{TContext}"/>); other providers need none.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public Task EnterAsync(CancellationToken ct) => _turn.WaitAsync(ct);

    public void Exit() => _turn.Release();

    public void Dispose() => _turn.Dispose();
}
