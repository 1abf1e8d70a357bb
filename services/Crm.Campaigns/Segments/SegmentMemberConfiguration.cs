using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Segments;

public sealed class SegmentMemberConfiguration : IEntityTypeConfiguration<SegmentMember>
{
    public void Configure(EntityTypeBuilder<SegmentMember> e)
    {
        e.ToTable("SegmentMembers");
        e.HasKey(m => new { m.SegmentId, m.CustomerId });
        e.HasIndex(m => m.CustomerId);
        e.HasOne<Segment>().WithMany().HasForeignKey(m => m.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
