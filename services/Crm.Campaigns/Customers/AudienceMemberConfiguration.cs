using Crm.Campaigns.Audience;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Customers;

public sealed class AudienceMemberConfiguration : IEntityTypeConfiguration<AudienceMember>
{
    public void Configure(EntityTypeBuilder<AudienceMember> builder)
    {
        builder.ToTable("AudienceMembers");
        builder.HasKey(m => m.CustomerId);
        builder.Property(m => m.FirstName).HasMaxLength(AudienceLimits.Name);
        builder.Property(m => m.LastName).HasMaxLength(AudienceLimits.Name);
        builder.Property(m => m.Email).HasMaxLength(AudienceLimits.Email);
        builder.Property(m => m.Gender).HasMaxLength(AudienceLimits.Short);
        builder.Property(m => m.City).HasMaxLength(AudienceLimits.Place);
        builder.Property(m => m.Country).HasMaxLength(AudienceLimits.Place);
        builder.Property(m => m.LifecycleStage).HasMaxLength(16);
        builder.Property(m => m.TotalSpent).HasPrecision(18, 2);
        builder.HasMany(m => m.Purchases).WithOne().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.PartnerAttributes).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(m => m.IsTargetable);
        builder.Ignore(m => m.ProductModels);
        // Deliberately no indexes on profile columns: a segment scans the audience once (preview) or walks it in
        // customer-id order (launch); an index on city or purchase date makes SQLite trade that for slow random reads.
    }
}
