using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Audience;

public sealed class AudiencePurchaseConfiguration : IEntityTypeConfiguration<AudiencePurchase>
{
    public void Configure(EntityTypeBuilder<AudiencePurchase> e)
    {
        e.ToTable("AudiencePurchases");
        e.HasKey(p => p.PurchaseId);
        e.Property(p => p.Sku).HasMaxLength(AudienceLimits.Short);
        e.Property(p => p.ProductModel).HasMaxLength(AudienceLimits.Short);
        e.Property(p => p.Category).HasMaxLength(AudienceLimits.Short);
        e.Property(p => p.Currency).HasMaxLength(3);
        e.Property(p => p.SourceCode).HasMaxLength(AudienceLimits.Short);
        e.Property(p => p.Amount).HasPrecision(18, 2);
        e.HasIndex(p => new { p.CustomerId, p.PurchasedAt });
        e.HasIndex(p => new { p.ProductModel, p.CustomerId });
        e.Ignore(p => p.ProductKey);
    }
}
