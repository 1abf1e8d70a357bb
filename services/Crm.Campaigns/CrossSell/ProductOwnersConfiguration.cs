using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.CrossSell;

public sealed class ProductOwnersConfiguration : IEntityTypeConfiguration<ProductOwners>
{
    public void Configure(EntityTypeBuilder<ProductOwners> e)
    {
        e.ToTable("ProductOwners");
        e.HasKey(p => p.Product);
        e.Property(p => p.Product).HasMaxLength(Audience.AudienceLimits.Short);
    }
}
