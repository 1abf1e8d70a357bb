using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.CrossSell;

public sealed class ProductPairConfiguration : IEntityTypeConfiguration<ProductPair>
{
    public void Configure(EntityTypeBuilder<ProductPair> builder)
    {
        builder.ToTable("ProductPairs");
        builder.HasKey(p => new { p.Product, p.OtherProduct });
        builder.Property(p => p.Product).HasMaxLength(Audience.AudienceLimits.Short);
        builder.Property(p => p.OtherProduct).HasMaxLength(Audience.AudienceLimits.Short);
    }
}
