using System.Diagnostics;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Crm.Tickets.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// SLA breach detection over N open tickets in the tickets service's own SQLite schema:
// seeds N tickets (a tenth of them past a deadline), then times one full scan (which the service runs every 30 s).
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var file = Path.Combine(Path.GetTempPath(), $"tickets-bench-{Guid.NewGuid():N}.db");
var options = new DbContextOptionsBuilder<SqliteTicketsDbContext>().UseSqlite($"Data Source={file}").Options;
var now = DateTimeOffset.UtcNow;

await using (var db = new SqliteTicketsDbContext(options))
{
    await db.Database.MigrateAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    var seed = Stopwatch.StartNew();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = 0; i < count; i++)
    {
        var overdue = i % 10 == 0;
        db.Tickets.Add(new Ticket
        {
            Id = Guid.CreateVersion7(), CustomerId = Guid.CreateVersion7(), Subject = "s", Description = "d", Priority = TicketPriority.Normal,
            Status = i % 3 == 0 ? TicketStatus.New : TicketStatus.Open, CreatedAt = now, UpdatedAt = now, FirstResponseAt = i % 3 == 0 ? null : now,
            FirstResponseDueAt = overdue ? now.AddMinutes(-5) : now.AddHours(4), ResolutionDueAt = overdue ? now.AddMinutes(-1) : now.AddDays(3), Version = 1,
        });
        if (i % 10_000 == 9_999)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    await db.SaveChangesAsync();
    Console.WriteLine($"seeded {count:N0} open tickets in {seed.Elapsed.TotalSeconds:F1} s");
}

var slaOptions = Options.Create(new SlaOptions());
var scanner = new SlaScanner(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), slaOptions,
    new SlaPolicyStore(slaOptions.Value.Targets), TimeProvider.System, NullLogger<SlaScanner>.Instance);
var total = 0;
var scan = Stopwatch.StartNew();
var passes = 0;
while (true)
{
    await using var db = new SqliteTicketsDbContext(options);
    var pass = Stopwatch.StartNew();
    var raised = await scanner.ScanAsync(db, CancellationToken.None);
    passes++;
    total += raised;
    Console.WriteLine($"pass {passes}: {raised:N0} warnings/breaches in {pass.ElapsedMilliseconds} ms");
    if (raised == 0)
    {
        break;
    }
}

Console.WriteLine($"breach detection over {count:N0} open tickets: {total:N0} events in {scan.ElapsedMilliseconds} ms ({passes} passes; scan interval 30,000 ms)");
File.Delete(file);
