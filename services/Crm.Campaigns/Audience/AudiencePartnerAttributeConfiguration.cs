using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Audience;

public sealed class AudiencePartnerAttributeConfiguration : IEntityTypeConfiguration<AudiencePartnerAttribute>
{
    public void Configure(EntityTypeBuilder<AudiencePartnerAttribute> builder)
    {
        builder.ToTable("AudiencePartnerAttributes");
        builder.HasKey(a => new { a.CustomerId, a.Name });
        builder.Property(a => a.Name).HasMaxLength(AudienceLimits.Short);
        builder.Property(a => a.Value).HasMaxLength(AudienceLimits.Attribute);
        builder.HasIndex(a => new { a.Name, a.Value });
    }
}
