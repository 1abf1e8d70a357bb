using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.PartnerData.Data;

/// <summary>The partner-data database on SqlServer, with its own migration set (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerPartnerDataDbContext(DbContextOptions<SqlServerPartnerDataDbContext> options) : PartnerDataDbContext(options);

public sealed class SqlServerPartnerDataDbContextFactory : IDesignTimeDbContextFactory<SqlServerPartnerDataDbContext>
{
    public SqlServerPartnerDataDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerPartnerDataDbContext>());
}
