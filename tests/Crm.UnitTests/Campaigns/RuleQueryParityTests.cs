using Crm.Campaigns.Audience;
using Crm.Campaigns.Customers;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments.Rules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.UnitTests.Campaigns;

/// <summary>The SQL translation of a rule tree selects exactly the customers the in-memory evaluator selects.</summary>
public sealed class RuleQueryParityTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly List<AudienceMember> _population = [];

    public RuleQueryParityTests()
    {
        _connection.Open();
        using var db = Db();
        db.Database.EnsureCreated();
        var random = new Random(7);
        string? Pick(params string?[] values) => values[random.Next(values.Length)];
        for (var i = 0; i < 300; i++)
        {
            var id = Guid.CreateVersion7();
            var member = new AudienceMember
            {
                CustomerId = id, Known = i % 17 != 0, Erased = i % 29 == 0, ProfileVersion = 1,
                FirstName = "F" + i, LastName = "L" + i, Email = $"c{i}@example.com",
                City = Pick("Lisbon", "Porto", "lisbon", null), Country = Pick("PT", "ES", null), Gender = Pick("f", "m", null),
                LifecycleStage = Pick("customer", "lead", "prospect"), BirthYear = random.Next(4) == 0 ? null : 1950 + random.Next(60),
                TotalSpent = random.Next(0, 1000) + 0.5m, PurchaseCount = random.Next(0, 10),
                LastPurchaseAt = random.Next(5) == 0 ? null : Now.AddHours(-random.Next(0, 24 * 90)),
                NextReplenishmentAt = random.Next(3) == 0 ? null : Now.AddDays(random.Next(-20, 20)),
            };
            foreach (var model in new[] { "X100", "Z9", "Q7" }.Where(_ => random.Next(3) == 0))
            {
                member.Purchases.Add(new AudiencePurchase { PurchaseId = Guid.NewGuid(), CustomerId = id, Sku = model + "-sku", ProductModel = model, Category = "c", Currency = "EUR", Amount = 1, PurchasedAt = Now });
                member.ProductModels.Add(model);
            }

            if (random.Next(2) == 0)
            {
                member.PartnerAttributes.Add(new AudiencePartnerAttribute { CustomerId = id, Name = "tier", Value = Pick("gold", "silver")!, ContributedAt = Now });
            }

            db.Audience.Add(member);
            _population.Add(member);
        }

        db.SaveChanges();
    }

    [Theory]
    [InlineData("""{"all":[{"field":"city","op":"eq","value":"Lisbon"}]}""")]
    [InlineData("""{"all":[{"field":"city","op":"neq","value":"Lisbon"}]}""")]
    [InlineData("""{"all":[{"field":"city","op":"contains","value":"LIS"}]}""")]
    [InlineData("""{"any":[{"field":"country","op":"in","value":["PT","ES"]},{"field":"gender","op":"eq","value":"m"}]}""")]
    [InlineData("""{"all":[{"field":"birthYear","op":"gte","value":1980},{"field":"birthYear","op":"lt","value":1995.5}]}""")]
    [InlineData("""{"all":[{"field":"birthYear","op":"neq","value":1970}]}""")]
    [InlineData("""{"all":[{"field":"totalSpent","op":"gt","value":500.5},{"field":"purchaseCount","op":"lte","value":4}]}""")]
    [InlineData("""{"all":[{"field":"daysSinceLastPurchase","op":"gt","value":30}]}""")]
    [InlineData("""{"all":[{"field":"daysSinceLastPurchase","op":"eq","value":10}]}""")]
    [InlineData("""{"all":[{"field":"daysSinceLastPurchase","op":"lt","value":20}]}""")]
    [InlineData("""{"all":[{"field":"daysSinceLastPurchase","op":"neq","value":10}]}""")]
    [InlineData("""{"any":[{"field":"daysSinceLastPurchase","op":"lte","value":7},{"field":"daysSinceLastPurchase","op":"in","value":[40,41]}]}""")]
    [InlineData("""{"all":[{"field":"ownsProductModel","op":"eq","value":"X100"},{"field":"ownsProductModel","op":"neq","value":"Z9"}]}""")]
    [InlineData("""{"all":[{"field":"ownsProductModel","op":"contains","value":"q"}]}""")]
    [InlineData("""{"all":[{"field":"partner.tier","op":"eq","value":"gold"}]}""")]
    [InlineData("""{"all":[{"field":"partner.tier","op":"neq","value":"gold"},{"field":"replenishmentDue","op":"eq","value":true}]}""")]
    [InlineData("""{"any":[{"all":[{"field":"lifecycleStage","op":"eq","value":"lead"},{"field":"replenishmentDue","op":"eq","value":false}]},{"field":"email","op":"contains","value":"c1"}]}""")]
    public void Sql_and_memory_agree(string json)
    {
        var rule = Rules.Parse(json);
        using var db = Db();

        var bySql = RuleQuery.Matching(db, rule, Now).Select(m => m.CustomerId).ToHashSet();
        var byEvaluator = _population.Where(m => m.IsTargetable && RuleEvaluator.Matches(rule, AudienceProfile.From(m), Now)).Select(m => m.CustomerId).ToHashSet();

        Assert.NotEmpty(byEvaluator);
        Assert.Equal(byEvaluator.Order(), bySql.Order());
    }

    private SqliteCampaignsDbContext Db() => new(new DbContextOptionsBuilder<SqliteCampaignsDbContext>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
