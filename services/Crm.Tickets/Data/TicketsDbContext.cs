using Crm.BuildingBlocks.Messaging;
using Crm.Tickets.Customers;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Data;

public abstract class TicketsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<DirectoryCustomer> Customers => Set<DirectoryCustomer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
    }
}
