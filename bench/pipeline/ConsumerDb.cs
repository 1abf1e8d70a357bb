using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bench.Pipeline;

public sealed class ConsumerDb(DbContextOptions<ConsumerDb> options) : ServiceDbContext(options)
{
    public DbSet<BenchEffect> Effects => Set<BenchEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<BenchEffect>().HasKey(e => e.CustomerId);
    }
}
