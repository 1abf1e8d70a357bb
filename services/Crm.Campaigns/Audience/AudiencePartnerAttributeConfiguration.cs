using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Campaigns.Audience;

public sealed class AudiencePartnerAttributeConfiguration : IEntityTypeConfiguration<AudiencePartnerAttribute>
{
    public void Configure(EntityTypeBuilder<AudiencePartnerAttribute> e)
    {
        e.ToTable("AudiencePartnerAttributes");
        e.HasKey(a => new { a.CustomerId, a.Name });
        e.Property(a => a.Name).HasMaxLength(AudienceLimits.Short);
        e.Property(a => a.Value).HasMaxLength(AudienceLimits.Attribute);
        e.HasIndex(a => new { a.Name, a.Value });
    }
}
