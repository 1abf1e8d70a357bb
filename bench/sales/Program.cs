using System.Diagnostics;
using Crm.Customers;
using Crm.Customers.Data;
using Crm.Customers.Opportunities;
using Crm.Customers.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The pipeline report over many opportunities, on the customers service's own SQLite database and code path.
// usage: dotnet run -c Release --project bench/sales -- [--opportunities 1000000] [--db /tmp/sales-bench.db] [--reuse] [--rounds 5]
var count = Value("--opportunities", 1_000_000);
var rounds = Value("--rounds", 5);
var db = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "sales-bench.db");
var connectionString = $"Data Source={db}";

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:customers-db"] = connectionString,
    ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/",
});
builder.AddApplicationServices();
using var host = builder.Build();

if (!args.Contains("--reuse") || !File.Exists(db))
{
    foreach (var file in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
    {
        File.Delete(file);
    }

    await using (var scope = host.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<CustomersDbContext>().Database.MigrateAsync();
    }

    var seeding = Stopwatch.StartNew();
    Seed(connectionString, count);
    Console.WriteLine($"Seeded {count:N0} opportunities in {seeding.Elapsed.TotalSeconds:F1} s ({new FileInfo(db).Length / 1_048_576} MiB)");
}

// The first use of the model in a process builds it (a one-off of every service start, not of a request).
await using (var warm = host.Services.CreateAsyncScope())
{
    var modelBuild = Stopwatch.StartNew();
    await warm.ServiceProvider.GetRequiredService<CustomersDbContext>().Set<Opportunity>().AnyAsync();
    Console.WriteLine($"model built and first query in {modelBuild.Elapsed.TotalMilliseconds:F0} ms");
}

for (var round = 1; round <= rounds; round++)
{
    await using var scope = host.Services.CreateAsyncScope();
    var services = new CustomerServices(scope.ServiceProvider.GetRequiredService<CustomersDbContext>(), TimeProvider.System,
        scope.ServiceProvider.GetRequiredService<HybridCache>(), scope.ServiceProvider.GetRequiredService<ILogger<CustomerServices>>());
    var clock = Stopwatch.StartNew();
    var result = await OpportunityQueries.Pipeline(services, null, CancellationToken.None);
    clock.Stop();
    var report = ((Ok<PipelineReport>)result.Result).Value!;
    Console.WriteLine($"round {round}: {clock.Elapsed.TotalMilliseconds:F0} ms, {report.Stages.Sum(s => s.Count):N0} opportunities, " +
        string.Join(", ", report.Stages.Where(s => s.Count > 0).Select(s => $"{s.Stage} {s.Currency} {s.Count:N0} / {s.WeightedAmount:N2}")));
}

int Value(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

static void Seed(string connectionString, int count)
{
    string[] stages = ["Qualification", "Proposal", "Negotiation", "Won", "Lost"];
    string[] currencies = ["EUR", "EUR", "EUR", "USD"];
    var random = new Random(26);
    var now = DateTimeOffset.UtcNow;
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    using var transaction = connection.BeginTransaction();
    using var insert = connection.CreateCommand();
    insert.CommandText = "INSERT INTO Opportunities (Id, CustomerId, Title, Amount, Currency, Stage, OwnerId, CreatedAt, UpdatedAt, Version) " +
        "VALUES ($id, $customer, 'Deal', $amount, $currency, $stage, $owner, $at, $at, 1)";
    var id = insert.Parameters.Add("$id", SqliteType.Text);
    var customer = insert.Parameters.Add("$customer", SqliteType.Text);
    var amount = insert.Parameters.Add("$amount", SqliteType.Real);
    var currency = insert.Parameters.Add("$currency", SqliteType.Text);
    var stage = insert.Parameters.Add("$stage", SqliteType.Text);
    var owner = insert.Parameters.Add("$owner", SqliteType.Text);
    var at = insert.Parameters.Add("$at", SqliteType.Integer);
    // Stored as the service stores them on SQLite: DateTimeOffset as its binary form, decimal as a double.
    at.Value = new DateTimeOffsetToBinaryConverter().ConvertToProvider(now);
    for (var i = 0; i < count; i++)
    {
        id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
        customer.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
        amount.Value = random.Next(100, 10_000_000) / 100d;
        currency.Value = currencies[random.Next(currencies.Length)];
        stage.Value = stages[random.Next(stages.Length)];
        owner.Value = $"seller-{random.Next(50)}";
        insert.ExecuteNonQuery();
    }

    transaction.Commit();
}
