using Crm.Campaigns.Audience;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Customers;

public sealed class AudienceMemberConfiguration : IEntityTypeConfiguration<AudienceMember>
{
    public void Configure(EntityTypeBuilder<AudienceMember> e)
    {
        e.ToTable("AudienceMembers");
        e.HasKey(m => m.CustomerId);
        e.Property(m => m.FirstName).HasMaxLength(AudienceLimits.Name);
        e.Property(m => m.LastName).HasMaxLength(AudienceLimits.Name);
        e.Property(m => m.Email).HasMaxLength(AudienceLimits.Email);
        e.Property(m => m.Gender).HasMaxLength(AudienceLimits.Short);
        e.Property(m => m.City).HasMaxLength(AudienceLimits.Place);
        e.Property(m => m.Country).HasMaxLength(AudienceLimits.Place);
        e.Property(m => m.LifecycleStage).HasMaxLength(16);
        e.Property(m => m.TotalSpent).HasPrecision(18, 2);
        e.HasMany(m => m.Purchases).WithOne().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.PartnerAttributes).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(m => m.IsTargetable);
        e.Ignore(m => m.ProductModels);
        // Deliberately no indexes on profile columns: a segment scans the audience once (preview) or walks it in
        // customer-id order (launch); an index on city or purchase date makes SQLite trade that for slow random reads.
    }
}
