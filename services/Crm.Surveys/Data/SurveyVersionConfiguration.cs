using Crm.Surveys.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Surveys.Data;

public sealed class SurveyVersionConfiguration : IEntityTypeConfiguration<SurveyVersion>
{
    public void Configure(EntityTypeBuilder<SurveyVersion> builder)
    {
        builder.ToTable("SurveyVersions");
        builder.HasKey(v => new { v.SurveyId, v.Version });
        builder.Property(v => v.Questions).AsJson();
    }
}
