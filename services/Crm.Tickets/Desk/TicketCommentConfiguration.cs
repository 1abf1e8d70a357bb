using Crm.Tickets.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Tickets.Desk;

public sealed class TicketCommentConfiguration : IEntityTypeConfiguration<TicketComment>
{
    public void Configure(EntityTypeBuilder<TicketComment> builder)
    {
        builder.ToTable("TicketComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorId).HasMaxLength(64);
        builder.Property(c => c.AuthorName).HasMaxLength(StaffDisplayName.MaxLength);
        builder.Property(c => c.Body).HasMaxLength(TicketLimits.Description);
    }
}
