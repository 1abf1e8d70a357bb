using Crm.BuildingBlocks.Data;
using Crm.Surveys.Customers;
using Crm.Surveys.Definitions;
using Crm.Surveys.Invitations;
using Crm.Surveys.Responses;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Data;

public abstract class SurveysDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyVersion> Versions => Set<SurveyVersion>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<SurveyResponse> Responses => Set<SurveyResponse>();
    public DbSet<Respondent> Respondents => Set<Respondent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SurveysDbContext).Assembly);
    }
}
