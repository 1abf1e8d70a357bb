using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// Carries a database's <see cref="SqliteGroupCommit"/> in the options of its contexts, where a pooled context (built
/// from its options alone) finds it. Adds no services to EF's own.
/// </summary>
public sealed class SqliteGroupCommitExtension(SqliteGroupCommit groupCommit) : IDbContextOptionsExtension
{
    public SqliteGroupCommit GroupCommit { get; } = groupCommit;

    public DbContextOptionsExtensionInfo Info => field ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>Adds the group commit to the options: saves of their contexts outside a transaction go through it.</summary>
    public static void AddTo(DbContextOptionsBuilder options, SqliteGroupCommit groupCommit) =>
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new SqliteGroupCommitExtension(groupCommit));

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "using SQLite group commit ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
