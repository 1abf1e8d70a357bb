using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Tickets.Sla;

public sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.ToTable("SlaPolicies");
        builder.HasKey(p => p.Priority);
        builder.Property(p => p.Priority).HasMaxLength(16);
        builder.Property(p => p.UpdatedBy).HasMaxLength(64);
    }
}
