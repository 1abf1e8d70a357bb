using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Segments;

public sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> e)
    {
        e.ToTable("Segments");
        e.HasKey(s => s.Id);
        e.Property(s => s.Name).HasMaxLength(SegmentLimits.Name);
        e.Property(s => s.CreatedBy).HasMaxLength(64);
    }
}
