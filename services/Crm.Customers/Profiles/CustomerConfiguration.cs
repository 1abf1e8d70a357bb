using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Profiles;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> e)
    {
        e.ToTable("Customers");
        e.HasKey(c => c.Id);
        e.Property(c => c.FirstName).HasMaxLength(CustomerLimits.Name);
        e.Property(c => c.LastName).HasMaxLength(CustomerLimits.Name);
        e.Property(c => c.Email).HasMaxLength(CustomerLimits.Email);
        e.Property(c => c.NormalizedEmail).HasMaxLength(CustomerLimits.Email);
        e.HasIndex(c => c.NormalizedEmail).IsUnique();
        e.Property(c => c.EmailSkeleton).HasMaxLength(CustomerLimits.Email);
        e.HasIndex(c => c.EmailSkeleton);
        e.Property(c => c.Phone).HasMaxLength(CustomerLimits.Phone);
        e.HasIndex(c => c.Phone);
        e.Property(c => c.Gender).HasMaxLength(CustomerLimits.Short);
        e.Property(c => c.City).HasMaxLength(CustomerLimits.Place);
        e.Property(c => c.Country).HasMaxLength(CustomerLimits.Place);
        e.Property(c => c.LifecycleStage).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(c => c.LifecycleStage);
        e.Property(c => c.AccountOwnerId).HasMaxLength(CustomerLimits.Short);
        e.Property(c => c.Source).HasMaxLength(CustomerLimits.Short);
        e.Property(c => c.SearchFirstName).HasMaxLength(CustomerLimits.Name);
        e.Property(c => c.SearchLastName).HasMaxLength(CustomerLimits.Name);
        e.HasIndex(c => c.SearchLastName);
        e.HasIndex(c => c.SearchFirstName);
        e.Property(c => c.Version).IsConcurrencyToken();
    }
}
