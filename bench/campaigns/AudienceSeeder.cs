using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Bench.Campaigns;

/// <summary>
/// Fills the read model with a synthetic audience straight through ADO.NET (seeding is not what is measured), in the
/// exact storage formats EF Core uses on SQLite: GUIDs as upper-case text, DateTimeOffset as binary ticks, decimal as REAL.
/// </summary>
public static class AudienceSeeder
{
    public const string LaunchCity = "Benchville";
    private static readonly string[] Cities = [.. Enumerable.Range(0, 50).Select(i => $"City{i:00}")];
    private static readonly string[] Countries = ["PT", "ES", "FR", "DE", "IT", "NL", "BE", "IE", "PL", "SE"];
    private static readonly string[] Stages = ["prospect", "lead", "customer", "churned"];
    private static readonly string[] Models = ["X100", "X200", "Z9", "Q7", "Case", "Charger"];
    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    public static void Seed(string connectionString, int customers, int launchAudience, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(42);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var transaction = connection.BeginTransaction();
        using var member = connection.CreateCommand();
        member.CommandText = """
            INSERT INTO AudienceMembers (CustomerId, Known, Erased, ProfileVersion, FirstName, LastName, Email, BirthYear, Gender, City, Country,
              LifecycleStage, ConsentEmail, ConsentSms, ConsentPhone, ConsentSocial, ConsentWeb, DoNotContact, TotalSpent, PurchaseCount, LastPurchaseAt, NextReplenishmentAt)
            VALUES ($id, 1, 0, 1, $first, $last, $email, $birth, $gender, $city, $country, $stage, $email_ok, $sms_ok, 0, $social_ok, 0, 0, $spent, $count, $lastAt, $nextAt)
            """;
        var p = new[] { "$id", "$first", "$last", "$email", "$birth", "$gender", "$city", "$country", "$stage", "$email_ok", "$sms_ok", "$social_ok", "$spent", "$count", "$lastAt", "$nextAt" }
            .ToDictionary(n => n, n => member.Parameters.Add(new SqliteParameter(n, null)));
        using var purchase = connection.CreateCommand();
        purchase.CommandText = "INSERT INTO AudiencePurchases (PurchaseId, CustomerId, Sku, ProductModel, Category, Amount, Currency, PurchasedAt) VALUES ($pid, $cid, $sku, $model, 'devices', $amount, 'EUR', $at)";
        var q = new[] { "$pid", "$cid", "$sku", "$model", "$amount", "$at" }.ToDictionary(n => n, n => purchase.Parameters.Add(new SqliteParameter(n, null)));
        member.Transaction = purchase.Transaction = transaction;

        // Launch members are spread over the id range, as a real segment would be.
        var launchEvery = customers / Math.Max(1, launchAudience);
        for (var i = 0; i < customers; i++)
        {
            var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
            var purchases = random.Next(0, 6);
            var lastAt = purchases == 0 ? (DateTimeOffset?)null : now.AddHours(-random.Next(0, 24 * 365));
            p["$id"].Value = id;
            p["$first"].Value = $"First{i}";
            p["$last"].Value = $"Last{i}";
            p["$email"].Value = $"c{i}@bench.example";
            p["$birth"].Value = random.Next(10) == 0 ? DBNull.Value : 1940 + random.Next(66);
            p["$gender"].Value = random.Next(2) == 0 ? "f" : "m";
            p["$city"].Value = i % launchEvery == 0 && i / launchEvery < launchAudience ? LaunchCity : Cities[random.Next(Cities.Length)];
            p["$country"].Value = Countries[random.Next(Countries.Length)];
            p["$stage"].Value = Stages[random.Next(Stages.Length)];
            p["$email_ok"].Value = random.Next(10) < 7;
            p["$sms_ok"].Value = random.Next(10) < 4;
            p["$social_ok"].Value = random.Next(10) < 3;
            p["$spent"].Value = purchases * random.Next(10, 400) + 0.5;
            p["$count"].Value = purchases;
            p["$lastAt"].Value = lastAt is { } l ? Time.ConvertToProvider(l)! : DBNull.Value;
            p["$nextAt"].Value = random.Next(4) == 0 ? Time.ConvertToProvider(now.AddDays(random.Next(-30, 30)))! : DBNull.Value;
            member.ExecuteNonQuery();
            if (purchases > 0 && random.Next(5) == 0)
            {
                q["$pid"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                q["$cid"].Value = id;
                var model = Models[random.Next(Models.Length)];
                q["$sku"].Value = model + "-1";
                q["$model"].Value = model;
                q["$amount"].Value = 99.0;
                q["$at"].Value = Time.ConvertToProvider(lastAt!.Value)!;
                purchase.ExecuteNonQuery();
            }

            if (i % 100_000 == 99_999)
            {
                transaction.Commit();
                transaction = connection.BeginTransaction();
                member.Transaction = purchase.Transaction = transaction;
                Console.WriteLine($"  seeded {i + 1:N0} customers ({watch.Elapsed.TotalSeconds:F0} s)");
            }
        }

        transaction.Commit();
        Exec(connection, "ANALYZE; PRAGMA synchronous=NORMAL;");
        Console.WriteLine($"Seeded {customers:N0} customers in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
