using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Loyalty;

public sealed class LoyaltyEntryConfiguration : IEntityTypeConfiguration<LoyaltyEntry>
{
    public void Configure(EntityTypeBuilder<LoyaltyEntry> builder)
    {
        builder.ToTable("LoyaltyLedger");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.RefId).HasMaxLength(64);
        builder.Property(e => e.RecordedBy).HasMaxLength(64);
        builder.HasIndex(e => new { e.CustomerId, e.At });
        // An order earns once and redeems once, however often its event arrives.
        builder.HasIndex(e => new { e.CustomerId, e.Kind, e.RefId }).IsUnique();
    }
}

public sealed class LoyaltyAccountConfiguration : IEntityTypeConfiguration<LoyaltyAccount>
{
    public void Configure(EntityTypeBuilder<LoyaltyAccount> builder)
    {
        builder.ToTable("LoyaltyAccounts");
        builder.HasKey(a => a.CustomerId);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
