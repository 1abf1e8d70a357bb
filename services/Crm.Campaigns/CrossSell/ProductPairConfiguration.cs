using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.CrossSell;

public sealed class ProductPairConfiguration : IEntityTypeConfiguration<ProductPair>
{
    public void Configure(EntityTypeBuilder<ProductPair> e)
    {
        e.ToTable("ProductPairs");
        e.HasKey(p => new { p.Product, p.OtherProduct });
        e.Property(p => p.Product).HasMaxLength(Audience.AudienceLimits.Short);
        e.Property(p => p.OtherProduct).HasMaxLength(Audience.AudienceLimits.Short);
    }
}
