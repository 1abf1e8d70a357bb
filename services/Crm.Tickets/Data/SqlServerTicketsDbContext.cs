using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Tickets.Data;

/// <summary>The tickets database on SqlServer, with its own migration set (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerTicketsDbContext(DbContextOptions<SqlServerTicketsDbContext> options) : TicketsDbContext(options);

public sealed class SqlServerTicketsDbContextFactory : IDesignTimeDbContextFactory<SqlServerTicketsDbContext>
{
    public SqlServerTicketsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerTicketsDbContext>());
}
