using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Campaigns.Delivery;

public sealed class DeliveryLogEntryConfiguration : IEntityTypeConfiguration<DeliveryLogEntry>
{
    public void Configure(EntityTypeBuilder<DeliveryLogEntry> e)
    {
        e.ToTable("DeliveryLog");
        e.HasKey(d => d.MessageId);
        e.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        e.Property(d => d.Address).HasMaxLength(254);
        e.Property(d => d.Subject).HasMaxLength(CampaignLimits.Subject * 2);
        e.HasIndex(d => new { d.CustomerId, d.DeliveredAt });
        e.HasIndex(d => d.CampaignId);
    }
}
