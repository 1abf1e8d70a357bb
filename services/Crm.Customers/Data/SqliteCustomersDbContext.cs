using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Customers.Data;

/// <summary>The customers database on SQLite, with its own migration set (Data/Migrations/Sqlite).</summary>
public sealed class SqliteCustomersDbContext(DbContextOptions<SqliteCustomersDbContext> options) : CustomersDbContext(options);

public sealed class SqliteCustomersDbContextFactory : IDesignTimeDbContextFactory<SqliteCustomersDbContext>
{
    public SqliteCustomersDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteCustomersDbContext>());
}
