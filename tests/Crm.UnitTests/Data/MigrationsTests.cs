using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.UnitTests.Data;

/// <summary>Each service keeps a SQLite and a SQL Server migration set; both must describe the current model.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> DesignTimeFactories()
    {
        var data = new TheoryData<string>();
        foreach (var factory in Factories())
        {
            data.Add(factory.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DesignTimeFactories))]
    public void Every_migration_set_is_current_with_its_model(string factoryName)
    {
        var factoryType = Factories().Single(f => f.FullName == factoryName);
        var factory = Activator.CreateInstance(factoryType)!;
        var create = factoryType.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        using var db = (DbContext)create.Invoke(factory, [Array.Empty<string>()])!;

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{db.GetType().Name} has model changes without a migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void Every_service_database_has_both_provider_sets()
    {
        var contexts = Factories().Select(f => f.GetInterfaces().Single().GetGenericArguments()[0].Name).ToList();
        foreach (var service in new[] { "Customers", "Tickets", "Surveys", "Campaigns", "PartnerData", "Identity" })
        {
            Assert.Contains($"Sqlite{service}DbContext", contexts);
            Assert.Contains($"SqlServer{service}DbContext", contexts);
        }
    }

    private static IEnumerable<Type> Factories() =>
        new[] { "Crm.Customers", "Crm.Tickets", "Crm.Surveys", "Crm.Campaigns", "Crm.PartnerData", "Crm.Identity" }
            .Select(System.Reflection.Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.FullName);
}
