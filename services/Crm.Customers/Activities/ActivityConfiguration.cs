using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Activities;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Subject).HasMaxLength(500);
        builder.Property(a => a.OwnerId).HasMaxLength(64);
        builder.Property(a => a.Outcome).HasMaxLength(500);
        builder.Property(a => a.CreatedBy).HasMaxLength(64);
        builder.HasIndex(a => new { a.OwnerId, a.CompletedAt, a.DueAt });
        builder.HasIndex(a => a.CustomerId);
    }
}
