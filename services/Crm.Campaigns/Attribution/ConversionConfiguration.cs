using Crm.Campaigns.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Attribution;

public sealed class ConversionConfiguration : IEntityTypeConfiguration<Conversion>
{
    public void Configure(EntityTypeBuilder<Conversion> e)
    {
        e.ToTable("Conversions");
        e.HasKey(c => c.PurchaseId);
        e.Property(c => c.SourceCode).HasMaxLength(CampaignLimits.SourceCode);
        e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Basis).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Currency).HasMaxLength(3);
        e.Property(c => c.Amount).HasPrecision(18, 2);
        e.HasIndex(c => c.PurchasedAt);
        e.HasIndex(c => c.CampaignId);
    }
}
