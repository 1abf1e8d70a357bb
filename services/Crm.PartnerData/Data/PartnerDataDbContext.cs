using Crm.BuildingBlocks.Data;
using Crm.PartnerData.Agreements;
using Crm.PartnerData.Audit;
using Crm.PartnerData.Contributions;
using Crm.PartnerData.Customers;
using Crm.PartnerData.Keys;
using Crm.PartnerData.Overlap;
using Crm.PartnerData.Partners;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.Data;

public abstract class PartnerDataDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PartnerKey> Keys => Set<PartnerKey>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<ShareableCustomer> Customers => Set<ShareableCustomer>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<AuditRecord> Audit => Set<AuditRecord>();
    public DbSet<OverlapQuery> OverlapQueries => Set<OverlapQuery>();
    public DbSet<OverlapLedger> OverlapLedgers => Set<OverlapLedger>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnerDataDbContext).Assembly);
    }
}
