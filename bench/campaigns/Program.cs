using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Crm.Bench.Campaigns;
using Crm.BuildingBlocks.Api;
using Crm.Campaigns;
using Crm.Campaigns.Campaigns;
using Crm.Campaigns.Campaigns.Launch;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Campaigns.Segments.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// usage: dotnet run -c Release --project bench/campaigns -- [--customers 1000000] [--recipients 100000] [--db /tmp/x.db] [--redis host:port] [--reuse]
var options = Args.Parse(args);
var connectionString = $"Data Source={options.Db}";
var now = DateTimeOffset.UtcNow;

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
if (args.Contains("--sql")) builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:campaigns-db"] = connectionString,
    ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/",
    ["ConnectionStrings:cache"] = options.Redis,
    ["Campaigns:UnsubscribeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    ["ContactPressure:MaxContacts"] = "3",
});
builder.AddApplicationServices();
using var host = builder.Build();

if (!options.Reuse || !File.Exists(options.Db))
{
    foreach (var file in new[] { options.Db, options.Db + "-wal", options.Db + "-shm" }.Where(File.Exists)) File.Delete(file);
    await using (var scope = host.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<CampaignsDbContext>().Database.MigrateAsync();
    }

    AudienceSeeder.Seed(connectionString, options.Customers, options.Recipients, now);
}

Console.WriteLine($"Pressure: {(options.Redis is null ? "in-process" : $"Redis at {options.Redis}")}; database {options.Db} ({new FileInfo(options.Db).Length / 1_048_576} MiB)");

// Segment previews over the whole audience (count + sample), each run twice: cold and warm page cache.
string[] previews =
[
    """{"all":[{"field":"country","op":"eq","value":"PT"},{"field":"lifecycleStage","op":"in","value":["customer","lead"]}]}""",
    """{"all":[{"field":"totalSpent","op":"gte","value":500},{"field":"daysSinceLastPurchase","op":"gt","value":90},{"any":[{"field":"gender","op":"eq","value":"f"},{"field":"birthYear","op":"lt","value":1970}]}]}""",
    """{"any":[{"field":"ownsProductModel","op":"eq","value":"X100"},{"field":"city","op":"contains","value":"ty07"}]}""",
    """{"all":[{"field":"replenishmentDue","op":"eq","value":true},{"field":"purchaseCount","op":"gte","value":2}]}""",
];
foreach (var json in previews)
{
    using var document = JsonDocument.Parse(json);
    var rule = RuleParser.Parse(document.RootElement, new ValidationErrors())!;
    for (var run = 1; run <= 2; run++)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        var watch = Stopwatch.StartNew();
        var preview = await SegmentQueries.PreviewAsync(db, rule, now, CancellationToken.None);
        Console.WriteLine($"Preview run {run}: {preview.Count,9:N0} of {options.Customers:N0} in {watch.ElapsedMilliseconds,5} ms  {json}");
    }
}

// A launch to the seeded launch audience: half of it decided, then (as after a crash) the launcher resumes the rest.
Guid campaignId;
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
    var segment = new Segment
    {
        Id = Guid.CreateVersion7(), Name = "bench launch audience", CreatedAt = now,
        RulesJson = $$"""{"all":[{"field":"city","op":"eq","value":"{{AudienceSeeder.LaunchCity}}"}]}""",
    };
    var campaign = new Campaign
    {
        Id = Guid.CreateVersion7(), Name = "Bench", SegmentId = segment.Id, Channel = CampaignChannel.Email, Subject = "Hello {{firstName}}",
        Body = "<p>Dear {{firstName}} {{lastName}} of {{city}}</p><a href=\"{{unsubscribeUrl}}\">unsubscribe</a>",
        SourceCode = "BENCH" + Guid.NewGuid().ToString("N")[..8], Status = CampaignStatus.Running, LaunchedAt = now, CreatedAt = now, Version = 1,
    };
    db.AddRange(segment, campaign);
    await db.SaveChangesAsync();
    campaignId = campaign.Id;
}

var launch = Stopwatch.StartNew();
var half = options.Recipients / 2 / 1000;
for (var i = 0; i < half; i++)
{
    await using var scope = host.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<LaunchBatch>().RunAsync(campaignId, CancellationToken.None);
}

Console.WriteLine($"Launch interrupted after {half} batches ({launch.Elapsed.TotalSeconds:F1} s); a fresh launcher resumes");
await host.Services.GetRequiredService<CampaignLauncher>().RunDueAsync(CancellationToken.None);
launch.Stop();

await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
    var c = await db.Campaigns.AsNoTracking().FirstAsync(x => x.Id == campaignId);
    var rows = await db.Recipients.CountAsync(r => r.CampaignId == campaignId);
    var undelivered = await db.Recipients.CountAsync(r => r.CampaignId == campaignId && r.Outcome == RecipientOutcome.Sent && r.DeliveredAt == null);
    var logged = await db.DeliveryLog.CountAsync(d => d.CampaignId == campaignId);
    Console.WriteLine($"Launch {c.Status}: {c.Targeted:N0} decided in {launch.Elapsed.TotalSeconds:F1} s = {c.Targeted / launch.Elapsed.TotalSeconds:N0} recipients/s " +
        $"(sent {c.Sent:N0}, no consent {c.SuppressedNoConsent:N0}, pressure {c.SuppressedPressure:N0}; recipient rows {rows:N0}, delivery log {logged:N0}, undelivered {undelivered})");
    if (rows != c.Targeted || logged != c.Sent || undelivered != 0)
    {
        Console.WriteLine("MISMATCH: every member must be decided exactly once and every sent message delivered once");
        return 1;
    }
}

return 0;

internal sealed record Args(int Customers, int Recipients, string Db, string? Redis, bool Reuse)
{
    public static Args Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Args(
            int.Parse(Value("--customers") ?? "1000000"),
            int.Parse(Value("--recipients") ?? "100000"),
            Value("--db") ?? Path.Combine(Path.GetTempPath(), "crm-bench-campaigns.db"),
            Value("--redis"),
            args.Contains("--reuse"));
    }
}
