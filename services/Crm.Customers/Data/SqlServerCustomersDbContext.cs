using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Customers.Data;

/// <summary>The customers database on SQL Server, with its own migration set (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerCustomersDbContext(DbContextOptions<SqlServerCustomersDbContext> options) : CustomersDbContext(options);

public sealed class SqlServerCustomersDbContextFactory : IDesignTimeDbContextFactory<SqlServerCustomersDbContext>
{
    public SqlServerCustomersDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerCustomersDbContext>());
}
