using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.UnitTests.BuildingBlocks.Inbox;

public sealed class TallyDb(DbContextOptions<TallyDb> options) : ServiceDbContext(options)
{
    public DbSet<Tally> Tallies => Set<Tally>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Tally>().HasKey(t => t.Key);
    }
}
