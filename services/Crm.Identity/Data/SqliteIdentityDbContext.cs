using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Identity.Data;

/// <summary>The identity database on Sqlite, with its own migration set (Data/Migrations/Sqlite).</summary>
public sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

public sealed class SqliteIdentityDbContextFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteIdentityDbContext>());
}
