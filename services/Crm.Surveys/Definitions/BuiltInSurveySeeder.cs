using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Definitions;

public static class BuiltInSurveySeeder
{
    /// <summary>Makes sure the published CSAT survey that follows resolved tickets exists.</summary>
    public static async Task SeedBuiltInSurveysAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
        if (await db.Surveys.AnyAsync(s => s.Id == BuiltInSurveys.CsatId))
        {
            return;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var questions = BuiltInSurveys.CsatQuestions.ToList();
        db.Surveys.Add(new Survey { Id = BuiltInSurveys.CsatId, Title = "How did we do?", Kind = SurveyKind.Csat, Questions = questions, PublishedVersion = 1, BuiltIn = true, CreatedAt = now, PublishedAt = now });
        db.Versions.Add(new SurveyVersion { SurveyId = BuiltInSurveys.CsatId, Version = 1, Questions = questions, PublishedAt = now });
        await db.SaveChangesAsync();
    }
}
