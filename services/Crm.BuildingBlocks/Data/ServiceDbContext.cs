using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Outbox;
using Crm.BuildingBlocks.Rules;
using Crm.BuildingBlocks.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// Base of every service's DbContext: carries the outbox and inbox tables, so that a state change, the events it raises
/// and the messages it consumed commit together. A save goes one way: to its database's group commit when the options
/// carry one (<see cref="GroupedSave"/>), else through EF's own save; once committed, its events wake the relay.
/// </summary>
public abstract class ServiceDbContext : DbContext, IOutboxContext
{
    private readonly OutboxQueue _events;
    private readonly SqliteGroupCommit? _groupCommit;
    private readonly OutboxSignalInterceptor? _signal;

    protected ServiceDbContext(DbContextOptions options) : base(options)
    {
        _events = new OutboxQueue(this);
        _groupCommit = options.FindExtension<SqliteGroupCommitExtension>()?.GroupCommit;
        _signal = options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<OutboxSignalInterceptor>().FirstOrDefault();
    }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    OutboxQueue IOutboxContext.QueuedEvents => _events;

    /// <summary>Queues an event; it is written with the next SaveChanges and published by the relay after commit.</summary>
    public void Publish<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : class =>
        _events.Add(OutboxMessage.Of(@event, occurredAt));

    /// <summary>Queues every event the entity raised, each under its own contract type, to commit with the next save.</summary>
    public void PublishRaised(EntityWithEvents entity, DateTimeOffset occurredAt)
    {
        foreach (var raised in entity.TakeRaisedEvents())
        {
            _events.Add(OutboxMessage.Of(raised, raised.GetType(), occurredAt));
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (acceptAllChangesOnSuccess && _groupCommit is { } group && SqliteGroupCommit.CanTake(this))
        {
            return group.SaveAsync(new GroupedSave(this, _events), cancellationToken);
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
            _events.Clear();
        }
    }

    /// <summary>EF's own save; the events it writes are tracked rows, so the queue of them is done with afterwards.</summary>
    private async Task<int> SaveOwnAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        finally
        {
            _events.Clear();
        }
    }

    /// <summary>The tracked changes through EF, on a group's connection and in its transaction; nothing accepted yet.</summary>
    internal async Task<int> SaveTrackedOnAsync(SqliteConnection connection, SqliteTransaction transaction)
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

    /// <summary>Wakes the relay for events committed outside EF's save (a group commit).</summary>
    internal void AnnounceEvents() => _signal?.Announce();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset and cannot aggregate decimal: store ticks and doubles there.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
