using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Tickets.Customers;

public sealed class DirectoryCustomerConfiguration : IEntityTypeConfiguration<DirectoryCustomer>
{
    public void Configure(EntityTypeBuilder<DirectoryCustomer> builder)
    {
        builder.ToTable("CustomerDirectory");
        builder.HasKey(c => c.CustomerId);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.AccountOwnerId).HasMaxLength(64);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.HasIndex(c => c.Email);
        builder.PrimitiveCollection(c => c.ProductModels);
    }
}
