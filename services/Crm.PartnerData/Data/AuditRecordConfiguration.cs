using Crm.PartnerData.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.PartnerData.Data;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords");
        builder.Property(a => a.Method).HasMaxLength(8);
        builder.Property(a => a.Route).HasMaxLength(200);
        builder.HasIndex(a => new { a.PartnerId, a.At });
    }
}
