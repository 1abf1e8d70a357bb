using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Identity.Data;

/// <summary>The identity database on SqlServer, with its own migration set (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);

public sealed class SqlServerIdentityDbContextFactory : IDesignTimeDbContextFactory<SqlServerIdentityDbContext>
{
    public SqlServerIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerIdentityDbContext>());
}
