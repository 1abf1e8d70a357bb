using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Timeline;

public sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("TimelineEntries");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Type).HasMaxLength(32);
        builder.Property(t => t.Summary).HasMaxLength(TimelineLimits.Summary);
        builder.Property(t => t.RefId).HasMaxLength(64);
        builder.HasIndex(t => new { t.CustomerId, t.OccurredAt, t.Id });
    }
}
