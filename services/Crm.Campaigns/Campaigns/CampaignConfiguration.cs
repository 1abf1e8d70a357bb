using Crm.Campaigns.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Campaigns;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("Campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(CampaignLimits.Name);
        builder.Property(c => c.Subject).HasMaxLength(CampaignLimits.Subject);
        builder.Property(c => c.Body).HasMaxLength(CampaignLimits.Body);
        builder.Property(c => c.SourceCode).HasMaxLength(CampaignLimits.SourceCode);
        builder.HasIndex(c => c.SourceCode).IsUnique();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.Status, c.ScheduledAt });
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Segment>().WithMany().HasForeignKey(c => c.SegmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
