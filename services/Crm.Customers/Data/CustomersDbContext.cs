using Crm.BuildingBlocks.Messaging;
using Crm.Customers.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Data;

public abstract class CustomersDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomersDbContext).Assembly);
    }
}
