using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Audience;

public sealed class AudiencePurchaseConfiguration : IEntityTypeConfiguration<AudiencePurchase>
{
    public void Configure(EntityTypeBuilder<AudiencePurchase> builder)
    {
        builder.ToTable("AudiencePurchases");
        builder.HasKey(p => p.PurchaseId);
        builder.Property(p => p.Sku).HasMaxLength(AudienceLimits.Short);
        builder.Property(p => p.ProductModel).HasMaxLength(AudienceLimits.Short);
        builder.Property(p => p.Category).HasMaxLength(AudienceLimits.Short);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.SourceCode).HasMaxLength(AudienceLimits.Short);
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.HasIndex(p => new { p.CustomerId, p.PurchasedAt });
        builder.HasIndex(p => new { p.ProductModel, p.CustomerId });
        builder.Ignore(p => p.ProductKey);
    }
}
