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

public sealed class OverlapQueryConfiguration : IEntityTypeConfiguration<OverlapQuery>
{
    public void Configure(EntityTypeBuilder<OverlapQuery> builder)
    {
        builder.ToTable("OverlapQueries");
        builder.HasIndex(q => new { q.PartnerId, q.At });
    }
}
