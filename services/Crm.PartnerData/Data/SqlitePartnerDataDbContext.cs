using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.PartnerData.Data;

/// <summary>The partner-data database on Sqlite, with its own migration set (Data/Migrations/Sqlite).</summary>
public sealed class SqlitePartnerDataDbContext(DbContextOptions<SqlitePartnerDataDbContext> options) : PartnerDataDbContext(options);

public sealed class SqlitePartnerDataDbContextFactory : IDesignTimeDbContextFactory<SqlitePartnerDataDbContext>
{
    public SqlitePartnerDataDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqlitePartnerDataDbContext>());
}
