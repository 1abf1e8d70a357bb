using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Crm.Tickets.Sla;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crm.UnitTests.Tickets;

/// <summary>The breach scanner against a real (in-memory SQLite) tickets database and a fake clock.</summary>
public sealed class SlaScannerTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private SqliteTicketsDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new SqliteTicketsDbContext(new DbContextOptionsBuilder<SqliteTicketsDbContext>().UseSqlite(_connection).Options);
        await _db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private SlaScanner Scanner(string? lead = null)
    {
        var options = Options.Create(new SlaOptions { WarningLead = TimeSpan.FromMinutes(30), EscalationLead = lead });
        return new SlaScanner(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), options,
            new SlaPolicyStore(options.Value.Targets), _time, NullLogger<SlaScanner>.Instance);
    }

    private readonly TicketNumbers _numbers = new();

    private Ticket Open(TicketPriority priority, TimeSpan firstResponseIn, TimeSpan resolutionIn)
    {
        var now = _time.GetUtcNow();
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(), Number = _numbers.Next(), CustomerId = Guid.CreateVersion7(), Subject = "s", Description = "d", Priority = priority, Status = TicketStatus.New,
            CreatedAt = now, UpdatedAt = now, FirstResponseDueAt = now + firstResponseIn, ResolutionDueAt = now + resolutionIn, Version = 1,
        };
        _db.Tickets.Add(ticket);
        return ticket;
    }

    private async Task<List<string>> EventsAsync() =>
        await _db.Outbox.OrderBy(m => m.OccurredAt).Select(m => m.MessageType.Replace("Crm.Contracts.Tickets.", "", StringComparison.Ordinal)).ToListAsync();

    [Fact]
    public async Task A_ticket_is_warned_then_breached_once_and_escalated()
    {
        var ticket = Open(TicketPriority.Normal, TimeSpan.FromHours(1), TimeSpan.FromHours(8));
        await _db.SaveChangesAsync();
        var scanner = Scanner(lead: "team-lead");

        _time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, await scanner.ScanAsync(_db, default));
        _time.Advance(TimeSpan.FromMinutes(15)); // 25 minutes before the first-response deadline
        Assert.Equal(1, await scanner.ScanAsync(_db, default));
        Assert.Equal(0, await scanner.ScanAsync(_db, default));
        _time.Advance(TimeSpan.FromMinutes(30)); // past it
        Assert.Equal(1, await scanner.ScanAsync(_db, default));
        Assert.Equal(0, await scanner.ScanAsync(_db, default));

        Assert.Equal(["TicketSlaWarning", "TicketSlaBreached", "TicketPriorityChanged", "TicketAssigned"], await EventsAsync());
        await _db.Entry(ticket).ReloadAsync();
        Assert.Equal(TicketPriority.High, ticket.Priority);
        Assert.Equal("team-lead", ticket.AssigneeId);
        Assert.True(ticket.FirstResponseBreached);
        Assert.False(ticket.ResolutionBreached);
    }

    [Fact]
    public async Task Pending_and_answered_tickets_raise_nothing_for_the_paused_or_met_targets()
    {
        var pending = Open(TicketPriority.Urgent, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20));
        pending.Status = TicketStatus.Pending;
        pending.PausedAt = _time.GetUtcNow();
        var answered = Open(TicketPriority.Urgent, TimeSpan.FromMinutes(10), TimeSpan.FromHours(8));
        answered.FirstResponseAt = _time.GetUtcNow();
        answered.Status = TicketStatus.Open;
        await _db.SaveChangesAsync();

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await Scanner().ScanAsync(_db, default));
        Assert.Empty(await EventsAsync());
    }
}
