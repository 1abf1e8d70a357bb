using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Tickets.Data;

/// <summary>The tickets database on Sqlite, with its own migration set (Data/Migrations/Sqlite).</summary>
public sealed class SqliteTicketsDbContext(DbContextOptions<SqliteTicketsDbContext> options) : TicketsDbContext(options);

public sealed class SqliteTicketsDbContextFactory : IDesignTimeDbContextFactory<SqliteTicketsDbContext>
{
    public SqliteTicketsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteTicketsDbContext>());
}
