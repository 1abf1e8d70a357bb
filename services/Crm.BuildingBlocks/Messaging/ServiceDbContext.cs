using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// Base of every service's DbContext: carries the outbox and inbox tables, so that a state change,
/// the events it raises and the messages it consumed commit together.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    private bool _published;

    /// <summary>Queues an event; it is written with the next SaveChanges and published by the relay after commit.</summary>
    public void Publish<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : class
    {
        _published = true;
        Outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = MessageTypes.NameOf(typeof(TEvent)),
            Body = JsonSerializer.Serialize(@event, MessageTypes.Json),
            OccurredAt = occurredAt,
            TraceParent = Activity.Current?.Id,
        });
    }

    /// <summary>Whether events were queued since the last call: the save that takes them has outbox rows to announce to the relay.</summary>
    internal bool TakePublished()
    {
        var published = _published;
        _published = false;
        return published;
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
