using Crm.Campaigns.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Attribution;

public sealed class ConversionConfiguration : IEntityTypeConfiguration<Conversion>
{
    public void Configure(EntityTypeBuilder<Conversion> builder)
    {
        builder.ToTable("Conversions");
        builder.HasKey(c => c.PurchaseId);
        builder.Property(c => c.SourceCode).HasMaxLength(CampaignLimits.SourceCode);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Basis).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Amount).HasPrecision(18, 2);
        builder.HasIndex(c => c.PurchasedAt);
        builder.HasIndex(c => c.CampaignId);
    }
}
