using System.Text.Json;
using Crm.Surveys.Customers;
using Crm.Surveys.Definitions;
using Crm.Surveys.Invitations;
using Crm.Surveys.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
