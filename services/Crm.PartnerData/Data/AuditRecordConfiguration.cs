using System.Text.Json;
using Crm.PartnerData.Agreements;
using Crm.PartnerData.Audit;
using Crm.PartnerData.Contributions;
using Crm.PartnerData.Customers;
using Crm.PartnerData.Keys;
using Crm.PartnerData.Overlap;
using Crm.PartnerData.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
