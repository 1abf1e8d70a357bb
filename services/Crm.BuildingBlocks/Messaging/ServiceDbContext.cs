using Crm.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// Base of every service's DbContext: carries the outbox and inbox tables, so that a state change,
/// the events it raises and the messages it consumed commit together.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    private const string GroupSavepoint = "group_save";

    /// <summary>Events published since the last save, in the order they were published (also tracked as added outbox rows).</summary>
    private readonly List<OutboxMessage> _queued = [];
    private OutboxSignalInterceptor? _signal;
    private bool _signalLooked;

    /// <summary>Queues an event; it is written with the next SaveChanges and published by the relay after commit.</summary>
    public void Publish<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : class
    {
        var message = BulkInsert.Outbox(@event, occurredAt);
        Outbox.Add(message);
        _queued.Add(message);
    }

    /// <summary>
    /// A save on a SQLite file outside a transaction joins the database's group commit (see <see cref="SqliteGroupCommit"/>);
    /// any other save is EF's own.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (acceptAllChangesOnSuccess && SqliteGroupCommit.For(this) is { } group)
        {
            return group.SaveAsync(this, cancellationToken);
        }

        return SaveOwnAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            _queued.Clear();
        }
    }

    /// <summary>
    /// This context's part of a group commit, on the group's connection and in its transaction, behind its own savepoint:
    /// tracked changes through EF, its events with the prepared outbox insert (a save that only raises events costs no
    /// change-tracking save at all). Nothing is accepted yet: <see cref="GroupCommitted"/> does that after the commit.
    /// </summary>
    internal async Task<GroupSave> SaveInGroupAsync(SqliteConnection connection, SqliteTransaction transaction, BulkInsert.Session inserts)
    {
        var events = TakeQueuedEvents();
        var tracked = ChangeTracker.HasChanges();
        // One INSERT needs no savepoint: a statement that fails undoes itself and leaves the transaction as it was.
        var savepoint = tracked || events.Count > 1;
        if (savepoint)
        {
            await transaction.SaveAsync(GroupSavepoint);
        }

        try
        {
            var rows = tracked ? await SaveOnAsync(connection, transaction) : 0;
            await inserts.InsertAsync(this, events, CancellationToken.None);
            if (savepoint)
            {
                await transaction.ReleaseAsync(GroupSavepoint);
            }

            return new GroupSave(rows + events.Count, tracked, events);
        }
        catch
        {
            if (savepoint)
            {
                await UndoAsync(transaction);
            }

            Requeue(events);
            throw;
        }
    }

    internal void GroupCommitted(GroupSave save)
    {
        if (save.Tracked)
        {
            ChangeTracker.AcceptAllChanges();
        }

        if (save.Events.Count > 0)
        {
            AnnounceEvents();
        }
    }

    /// <summary>The commit failed: the context keeps its changes and events, as after any failed save, for its caller to retry.</summary>
    internal void GroupFailed(GroupSave save) => Requeue(save.Events);

    /// <summary>Whether events wait for this save: it has outbox rows to announce to the relay once committed.</summary>
    internal bool HasQueuedEvents => _queued.Count > 0;

    /// <summary>EF's own save; the events it writes are tracked rows, so the queue of them is done with afterwards.</summary>
    private async Task<int> SaveOwnAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        finally
        {
            _queued.Clear();
        }
    }

    /// <summary>The events still waiting to be written (a cleared change tracker dropped the others), no longer tracked.</summary>
    private List<OutboxMessage> TakeQueuedEvents()
    {
        var events = new List<OutboxMessage>(_queued.Count);
        // An outbox row is never changed after it is queued: looking up its entry needs no scan for changes first.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var message in _queued)
            {
                var entry = Entry(message);
                if (entry.State == EntityState.Added)
                {
                    entry.State = EntityState.Detached;
                    events.Add(message);
                }
            }
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        _queued.Clear();
        return events;
    }

    private void Requeue(List<OutboxMessage> events)
    {
        foreach (var message in events)
        {
            Outbox.Add(message);
            _queued.Add(message);
        }
    }

    private async Task<int> SaveOnAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var own = Database.GetDbConnection();
        var autoSavepoints = Database.AutoSavepointsEnabled;
        Database.SetDbConnection(connection);
        // The group's savepoint already covers this save; EF's own around it would only add two statements.
        Database.AutoSavepointsEnabled = false;
        try
        {
            await Database.UseTransactionAsync(transaction);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, CancellationToken.None);
        }
        finally
        {
            await Database.UseTransactionAsync(null);
            // Not owned from here on: the context closes it after each use, which gives the physical connection back to the pool.
            Database.SetDbConnection(own, contextOwnsConnection: false);
            Database.AutoSavepointsEnabled = autoSavepoints;
        }
    }

    private static async Task UndoAsync(SqliteTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(GroupSavepoint);
            await transaction.ReleaseAsync(GroupSavepoint);
        }
        catch (SqliteException)
        {
            // The transaction itself is lost (SQLite rolled it back); the commit fails and so does every save in the group.
        }
    }

    private void AnnounceEvents()
    {
        if (!_signalLooked)
        {
            _signal = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<OutboxSignalInterceptor>().FirstOrDefault();
            _signalLooked = true;
        }

        _signal?.Announce();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset and cannot aggregate decimal: store ticks and doubles there.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(x => x.Id);
            e.Property(x => x.MessageType).HasMaxLength(300);
            e.Property(x => x.TraceParent).HasMaxLength(128);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasIndex(x => new { x.SentAt, x.OccurredAt });
        });
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("InboxMessages");
            e.HasKey(x => new { x.MessageId, x.Consumer });
            e.Property(x => x.Consumer).HasMaxLength(200);
        });
    }
}

/// <summary>What one context wrote in a group commit: rows for its caller, and what to accept or give back after the commit.</summary>
internal sealed record GroupSave(int Rows, bool Tracked, List<OutboxMessage> Events);
