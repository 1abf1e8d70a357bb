using Crm.BuildingBlocks.Data;
using Crm.Campaigns.Attribution;
using Crm.Campaigns.Audience;
using Crm.Campaigns.Campaigns;
using Crm.Campaigns.Campaigns.Delivery;
using Crm.Campaigns.Campaigns.Launch;
using Crm.Campaigns.CrossSell;
using Crm.Campaigns.Customers;
using Crm.Campaigns.Segments;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Data;

public abstract class CampaignsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<AudienceMember> Audience => Set<AudienceMember>();
    public DbSet<AudiencePurchase> Purchases => Set<AudiencePurchase>();
    public DbSet<AudiencePartnerAttribute> PartnerAttributes => Set<AudiencePartnerAttribute>();
    public DbSet<Segment> Segments => Set<Segment>();
    public DbSet<SegmentMember> SegmentMembers => Set<SegmentMember>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignRecipient> Recipients => Set<CampaignRecipient>();
    public DbSet<DeliveryLogEntry> DeliveryLog => Set<DeliveryLogEntry>();
    public DbSet<Conversion> Conversions => Set<Conversion>();
    public DbSet<ProductPair> ProductPairs => Set<ProductPair>();
    public DbSet<ProductOwners> ProductOwners => Set<ProductOwners>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CampaignsDbContext).Assembly);
    }
}
