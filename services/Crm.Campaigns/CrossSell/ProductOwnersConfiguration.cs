using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.CrossSell;

public sealed class ProductOwnersConfiguration : IEntityTypeConfiguration<ProductOwners>
{
    public void Configure(EntityTypeBuilder<ProductOwners> builder)
    {
        builder.ToTable("ProductOwners");
        builder.HasKey(p => p.Product);
        builder.Property(p => p.Product).HasMaxLength(Audience.AudienceLimits.Short);
    }
}
