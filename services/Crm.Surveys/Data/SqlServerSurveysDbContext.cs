using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Surveys.Data;

/// <summary>The surveys database on SqlServer, with its own migration set (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerSurveysDbContext(DbContextOptions<SqlServerSurveysDbContext> options) : SurveysDbContext(options);

public sealed class SqlServerSurveysDbContextFactory : IDesignTimeDbContextFactory<SqlServerSurveysDbContext>
{
    public SqlServerSurveysDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerSurveysDbContext>());
}
