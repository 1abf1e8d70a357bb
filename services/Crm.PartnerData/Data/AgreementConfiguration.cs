using Crm.PartnerData.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.PartnerData.Data;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.Property(a => a.Purpose).HasMaxLength(200);
        builder.PrimitiveCollection(a => a.Attributes);
        builder.HasIndex(a => a.PartnerId);
    }
}
