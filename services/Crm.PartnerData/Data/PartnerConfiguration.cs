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

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Industry).HasMaxLength(100);
    }
}
