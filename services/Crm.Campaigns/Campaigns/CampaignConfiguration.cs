using Crm.Campaigns.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Campaigns;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> e)
    {
        e.ToTable("Campaigns");
        e.HasKey(c => c.Id);
        e.Property(c => c.Name).HasMaxLength(CampaignLimits.Name);
        e.Property(c => c.Subject).HasMaxLength(CampaignLimits.Subject);
        e.Property(c => c.Body).HasMaxLength(CampaignLimits.Body);
        e.Property(c => c.SourceCode).HasMaxLength(CampaignLimits.SourceCode);
        e.HasIndex(c => c.SourceCode).IsUnique();
        e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(c => new { c.Status, c.ScheduledAt });
        e.Property(c => c.CreatedBy).HasMaxLength(64);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasOne<Segment>().WithMany().HasForeignKey(c => c.SegmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
