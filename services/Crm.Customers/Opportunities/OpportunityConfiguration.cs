using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Opportunities;

public sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ToTable("Opportunities");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Amount).HasPrecision(18, 2);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.OwnerId).HasMaxLength(64);
        builder.Property(o => o.CloseReason).HasMaxLength(500);
        builder.Property(o => o.Version).IsConcurrencyToken();
        // The pipeline report reads only this index.
        builder.HasIndex(o => new { o.Stage, o.Currency, o.Amount });
        builder.HasIndex(o => new { o.OwnerId, o.Stage });
        builder.HasIndex(o => o.CustomerId);
    }
}
