using Crm.BuildingBlocks.Data;
using Crm.Customers.Consents;
using Crm.Customers.Interactions;
using Crm.Customers.Profiles;
using Crm.Customers.Purchases;
using Crm.Customers.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Data;

public abstract class CustomersDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<Purchase> Purchases => Set<Purchase>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomersDbContext).Assembly);
    }
}
