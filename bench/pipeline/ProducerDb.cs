using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bench.Pipeline;

public sealed class ProducerDb(DbContextOptions<ProducerDb> options) : ServiceDbContext(options)
{
    public DbSet<BenchChange> Changes => Set<BenchChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<BenchChange>().HasKey(c => c.Id);
    }
}
