using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Campaigns.Data;

/// <summary>The campaigns database on SQL Server, with its own migration set (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerCampaignsDbContext(DbContextOptions<SqlServerCampaignsDbContext> options) : CampaignsDbContext(options);

public sealed class SqlServerCampaignsDbContextFactory : IDesignTimeDbContextFactory<SqlServerCampaignsDbContext>
{
    public SqlServerCampaignsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerCampaignsDbContext>());
}
