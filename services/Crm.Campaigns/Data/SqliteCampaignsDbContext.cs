using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Campaigns.Data;

/// <summary>The campaigns database on SQLite, with its own migration set (Data/Migrations/Sqlite).</summary>
public sealed class SqliteCampaignsDbContext(DbContextOptions<SqliteCampaignsDbContext> options) : CampaignsDbContext(options);

public sealed class SqliteCampaignsDbContextFactory : IDesignTimeDbContextFactory<SqliteCampaignsDbContext>
{
    public SqliteCampaignsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteCampaignsDbContext>());
}
