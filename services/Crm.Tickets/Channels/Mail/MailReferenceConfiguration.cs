using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Tickets.Channels.Mail;

public sealed class MailReferenceConfiguration : IEntityTypeConfiguration<MailReference>
{
    public void Configure(EntityTypeBuilder<MailReference> builder)
    {
        builder.ToTable("MailReferences");
        builder.HasKey(r => r.MessageId);
        builder.Property(r => r.MessageId).HasMaxLength(400);
        builder.HasIndex(r => r.TicketId);
    }
}
