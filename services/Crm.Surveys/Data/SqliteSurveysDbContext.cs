using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Surveys.Data;

/// <summary>The surveys database on Sqlite, with its own migration set (Data/Migrations/Sqlite).</summary>
public sealed class SqliteSurveysDbContext(DbContextOptions<SqliteSurveysDbContext> options) : SurveysDbContext(options);

public sealed class SqliteSurveysDbContextFactory : IDesignTimeDbContextFactory<SqliteSurveysDbContext>
{
    public SqliteSurveysDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteSurveysDbContext>());
}
