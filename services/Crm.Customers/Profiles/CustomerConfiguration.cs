using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Profiles;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.FirstName).HasMaxLength(CustomerLimits.Name);
        builder.Property(c => c.LastName).HasMaxLength(CustomerLimits.Name);
        builder.Property(c => c.Email).HasMaxLength(CustomerLimits.Email);
        builder.Property(c => c.NormalizedEmail).HasMaxLength(CustomerLimits.Email);
        builder.HasIndex(c => c.NormalizedEmail).IsUnique();
        builder.Property(c => c.EmailSkeleton).HasMaxLength(CustomerLimits.Email);
        builder.HasIndex(c => c.EmailSkeleton);
        builder.Property(c => c.Phone).HasMaxLength(CustomerLimits.Phone);
        builder.HasIndex(c => c.Phone);
        builder.Property(c => c.NormalizedPhone).HasMaxLength(CustomerLimits.Phone);
        builder.HasIndex(c => c.NormalizedPhone);
        builder.Property(c => c.SocialHandle).HasMaxLength(CustomerLimits.Handle);
        builder.HasIndex(c => c.SocialHandle);
        builder.HasIndex(c => new { c.CompanyId, c.SearchLastName, c.SearchFirstName });
        builder.Property(c => c.Gender).HasMaxLength(CustomerLimits.Short);
        builder.Property(c => c.City).HasMaxLength(CustomerLimits.Place);
        builder.Property(c => c.Country).HasMaxLength(CustomerLimits.Place);
        builder.Property(c => c.LifecycleStage).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => c.LifecycleStage);
        builder.Property(c => c.AccountOwnerId).HasMaxLength(CustomerLimits.Short);
        builder.Property(c => c.Source).HasMaxLength(CustomerLimits.Short);
        builder.Property(c => c.SearchFirstName).HasMaxLength(CustomerLimits.Name);
        builder.Property(c => c.SearchLastName).HasMaxLength(CustomerLimits.Name);
        builder.HasIndex(c => c.SearchLastName);
        builder.HasIndex(c => c.SearchFirstName);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
