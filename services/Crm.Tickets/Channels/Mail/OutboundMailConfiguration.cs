using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Tickets.Channels.Mail;

public sealed class OutboundMailConfiguration : IEntityTypeConfiguration<OutboundMail>
{
    public void Configure(EntityTypeBuilder<OutboundMail> builder)
    {
        builder.ToTable("OutboundMail");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageId).HasMaxLength(400);
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.Property(m => m.ToAddress).HasMaxLength(320);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.InReplyTo).HasMaxLength(400);
        builder.Property(m => m.References).HasMaxLength(4000);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.TicketId);
    }
}
