using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Campaigns.Delivery;

public sealed class DeliveryLogEntryConfiguration : IEntityTypeConfiguration<DeliveryLogEntry>
{
    public void Configure(EntityTypeBuilder<DeliveryLogEntry> builder)
    {
        builder.ToTable("DeliveryLog");
        builder.HasKey(d => d.MessageId);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Address).HasMaxLength(254);
        builder.Property(d => d.Subject).HasMaxLength(CampaignLimits.Subject * 2);
        builder.HasIndex(d => new { d.CustomerId, d.DeliveredAt });
        builder.HasIndex(d => d.CampaignId);
    }
}
