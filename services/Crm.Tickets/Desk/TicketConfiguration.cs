using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Tickets.Desk;

public sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("Tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Subject).HasMaxLength(TicketLimits.Subject);
        builder.Property(t => t.Description).HasMaxLength(TicketLimits.Description);
        builder.Property(t => t.Category).HasMaxLength(100);
        builder.Property(t => t.ProductModel).HasMaxLength(100);
        builder.Property(t => t.AssigneeId).HasMaxLength(64);
        builder.Property(t => t.Resolution).HasMaxLength(2000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.CustomerId, t.CreatedAt });
        builder.HasIndex(t => new { t.Status, t.ResolutionDueAt });
        builder.HasIndex(t => t.FirstResponseDueAt);
        builder.HasIndex(t => t.ProductModel);
        builder.HasIndex(t => t.AssigneeId);
        builder.HasIndex(t => t.Number).IsUnique();
        builder.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
