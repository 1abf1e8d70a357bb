using Crm.Surveys.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Surveys.Data;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Channel).HasMaxLength(16);
        builder.Property(i => i.TokenHash).HasMaxLength(32);
        builder.Property(i => i.Token).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.CustomerId, i.SentAt });
        builder.HasIndex(i => i.TicketId).IsUnique();
    }
}
