using Crm.PartnerData.Overlap;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.PartnerData.Data;

public sealed class OverlapLedgerConfiguration : IEntityTypeConfiguration<OverlapLedger>
{
    public void Configure(EntityTypeBuilder<OverlapLedger> builder)
    {
        builder.ToTable("OverlapLedgers");
        builder.HasKey(l => l.PartnerId);
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}
