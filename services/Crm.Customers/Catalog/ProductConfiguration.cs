using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Catalog;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Sku).HasMaxLength(64);
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.SearchName).HasMaxLength(200);
        builder.HasIndex(p => p.SearchName);
        builder.Property(p => p.Category).HasMaxLength(100);
        builder.HasIndex(p => p.Category);
        builder.Property(p => p.ProductModel).HasMaxLength(100);
        builder.Property(p => p.Price).HasPrecision(18, 2);
        builder.Property(p => p.Currency).HasMaxLength(3);
    }
}
