using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Campaigns.Launch;

public sealed class CampaignRecipientConfiguration : IEntityTypeConfiguration<CampaignRecipient>
{
    public void Configure(EntityTypeBuilder<CampaignRecipient> builder)
    {
        builder.ToTable("CampaignRecipients");
        builder.HasKey(r => new { r.CampaignId, r.CustomerId });
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(r => new { r.CustomerId, r.DecidedAt });
        // Finds sent messages still to be delivered without scanning a large campaign's recipients.
        builder.HasIndex(r => new { r.CampaignId, r.Outcome, r.DeliveredAt });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
