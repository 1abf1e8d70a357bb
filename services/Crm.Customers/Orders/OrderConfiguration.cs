using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Orders;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Number).HasMaxLength(16);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.Status).HasMaxLength(16);
        builder.Property(o => o.Subtotal).HasPrecision(18, 2);
        builder.Property(o => o.Discount).HasPrecision(18, 2);
        builder.Property(o => o.Total).HasPrecision(18, 2);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.SourceCode).HasMaxLength(64);
        builder.Property(o => o.PlacedBy).HasMaxLength(64);
        builder.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        builder.HasIndex(o => o.OpportunityId).IsUnique();
        builder.OwnsMany(o => o.Lines, line =>
        {
            line.ToTable("OrderLines");
            line.WithOwner().HasForeignKey("OrderId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.Sku).HasMaxLength(64);
            line.Property(l => l.Name).HasMaxLength(200);
            line.Property(l => l.Category).HasMaxLength(100);
            line.Property(l => l.ProductModel).HasMaxLength(100);
            line.Property(l => l.UnitPrice).HasPrecision(18, 2);
            line.Property(l => l.Amount).HasPrecision(18, 2);
            line.Property(l => l.Paid).HasPrecision(18, 2);
        });
    }
}
