using Crm.Surveys.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Surveys.Data;

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("Responses");
        builder.Property(r => r.Answers).AsJson();
        builder.Property(r => r.Country).HasMaxLength(100);
        builder.Property(r => r.LifecycleStage).HasMaxLength(16);
        builder.HasIndex(r => new { r.SurveyId, r.RespondedAt });
        builder.HasIndex(r => r.InvitationId).IsUnique();
        builder.HasIndex(r => r.CustomerId);
    }
}
