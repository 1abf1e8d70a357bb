using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Tickets.Channels.Social;

public sealed class SocialConfiguration : IEntityTypeConfiguration<SocialThread>, IEntityTypeConfiguration<SocialMessageSeen>
{
    public void Configure(EntityTypeBuilder<SocialThread> builder)
    {
        builder.ToTable("SocialThreads");
        builder.HasKey(t => new { t.Network, t.ThreadId });
        builder.Property(t => t.Network).HasMaxLength(40);
        builder.Property(t => t.ThreadId).HasMaxLength(200);
        builder.Property(t => t.SenderId).HasMaxLength(200);
        builder.Property(t => t.SenderHandle).HasMaxLength(200);
        builder.HasIndex(t => t.TicketId);
    }

    public void Configure(EntityTypeBuilder<SocialMessageSeen> builder)
    {
        builder.ToTable("SocialMessages");
        builder.HasKey(m => new { m.Network, m.MessageId });
        builder.Property(m => m.Network).HasMaxLength(40);
        builder.Property(m => m.MessageId).HasMaxLength(200);
    }
}
