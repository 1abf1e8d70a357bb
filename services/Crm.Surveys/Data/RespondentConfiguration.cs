using Crm.Surveys.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Surveys.Data;

public sealed class RespondentConfiguration : IEntityTypeConfiguration<Respondent>
{
    public void Configure(EntityTypeBuilder<Respondent> builder)
    {
        builder.ToTable("Respondents");
        builder.HasKey(r => r.CustomerId);
        builder.Property(r => r.HashedEmail).HasMaxLength(64);
        builder.HasIndex(r => r.HashedEmail);
        builder.Property(r => r.MarketingConsent).AsJson();
    }
}
