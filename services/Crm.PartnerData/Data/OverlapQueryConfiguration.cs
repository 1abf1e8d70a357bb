using Crm.PartnerData.Overlap;
using Microsoft.EntityFrameworkCore;
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
