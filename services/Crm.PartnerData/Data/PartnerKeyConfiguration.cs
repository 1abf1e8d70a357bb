using Crm.PartnerData.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.PartnerData.Data;

public sealed class PartnerKeyConfiguration : IEntityTypeConfiguration<PartnerKey>
{
    public void Configure(EntityTypeBuilder<PartnerKey> builder)
    {
        builder.ToTable("PartnerKeys");
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.PrimitiveCollection(k => k.Scopes);
        builder.HasIndex(k => k.PartnerId);
    }
}
