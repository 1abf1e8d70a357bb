using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Campaigns.Launch;

public sealed class CampaignRecipientConfiguration : IEntityTypeConfiguration<CampaignRecipient>
{
    public void Configure(EntityTypeBuilder<CampaignRecipient> e)
    {
        e.ToTable("CampaignRecipients");
        e.HasKey(r => new { r.CampaignId, r.CustomerId });
        e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(24);
        e.HasIndex(r => new { r.CustomerId, r.DecidedAt });
        // Finds sent messages still to be delivered without scanning a large campaign's recipients.
        e.HasIndex(r => new { r.CampaignId, r.Outcome, r.DeliveredAt });
        e.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
