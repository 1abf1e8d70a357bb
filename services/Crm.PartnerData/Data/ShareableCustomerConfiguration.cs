using Crm.PartnerData.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.PartnerData.Data;

public sealed class ShareableCustomerConfiguration : IEntityTypeConfiguration<ShareableCustomer>
{
    public void Configure(EntityTypeBuilder<ShareableCustomer> builder)
    {
        builder.ToTable("Customers");
        builder.HasKey(c => c.CustomerId);
        builder.Property(c => c.HashedEmail).HasMaxLength(64);
        builder.HasIndex(c => c.HashedEmail);
        builder.HasIndex(c => new { c.PartnerSharingConsent, c.CustomerId });
    }
}
