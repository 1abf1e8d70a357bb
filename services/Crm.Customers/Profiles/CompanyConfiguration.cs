using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Profiles;

public sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("Companies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.SearchName).HasMaxLength(200);
        builder.HasIndex(c => c.SearchName);
        builder.Property(c => c.Domain).HasMaxLength(253);
        builder.HasIndex(c => c.Domain).IsUnique();
        builder.Property(c => c.Industry).HasMaxLength(100);
    }
}
