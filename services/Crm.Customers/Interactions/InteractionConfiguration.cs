using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Interactions;

public sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.ToTable("Interactions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Summary).HasMaxLength(2000);
        builder.Property(i => i.Outcome).HasMaxLength(500);
        builder.Property(i => i.RecordedBy).HasMaxLength(64);
        builder.HasIndex(i => new { i.CustomerId, i.OccurredAt });
    }
}
