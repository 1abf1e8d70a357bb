using System.Text.Json;
using Crm.PartnerData.Agreements;
using Crm.PartnerData.Audit;
using Crm.PartnerData.Contributions;
using Crm.PartnerData.Customers;
using Crm.PartnerData.Keys;
using Crm.PartnerData.Overlap;
using Crm.PartnerData.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
