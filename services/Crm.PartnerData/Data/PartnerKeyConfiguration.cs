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
