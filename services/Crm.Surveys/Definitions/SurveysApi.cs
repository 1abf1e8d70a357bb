using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.ServiceDefaults.Auth;
using Crm.Surveys.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Definitions;

public static class SurveysApi
{
    public static readonly IReadOnlyList<string> Channels = ["email", "sms", "phone", "social"];

    public static void MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/surveys").WithTags("Surveys");
        api.MapPost("/", CreateSurvey).WithName("CreateSurvey").WithSummary("Draft a survey").RequireAuthorization(CrmPolicies.Marketing);
        api.MapGet("/{id:guid}", GetSurvey).WithName("GetSurvey").WithSummary("A survey definition").RequireAuthorization(CrmPolicies.SurveyReaders);
        api.MapPut("/{id:guid}", EditSurvey).WithName("EditSurvey").WithSummary("Change the draft; publishing it again makes a new version").RequireAuthorization(CrmPolicies.Marketing);
        api.MapPost("/{id:guid}/publish", Publish).WithName("PublishSurvey").WithSummary("Freeze the questions as a version and open the survey").RequireAuthorization(CrmPolicies.Marketing);
        api.MapPost("/{id:guid}/invitations", Invite).WithName("InviteToSurvey").WithSummary("Invite customers, honouring consent and contact pressure").RequireAuthorization(CrmPolicies.Marketing);
        api.MapGet("/{id:guid}/results", GetResults).WithName("GetSurveyResults").WithSummary("Response rate, NPS, CSAT, per-question aggregates, trend and breakdown").RequireAuthorization(CrmPolicies.SurveyReaders);
    }

    public static async Task<Results<Created<SurveyResponseBody>, ProblemHttpResult>> CreateSurvey(CreateSurveyRequest request, [AsParameters] SurveyServices services)
    {
        var errors = SurveyValidation.Validate(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var survey = new Survey
        {
            Id = Guid.CreateVersion7(), Title = DisplayText.Normalize(request.Title!), Kind = request.Kind!.Value, CreatedAt = services.Time.GetUtcNow(),
            Questions = ToQuestions(request),
        };
        services.Db.Surveys.Add(survey);
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/surveys/{survey.Id}", SurveyResponseBody.From(survey));
    }

    public static async Task<Results<Ok<SurveyResponseBody>, ProblemHttpResult>> EditSurvey(Guid id, CreateSurveyRequest request, [AsParameters] SurveyServices services)
    {
        var survey = await services.Db.Surveys.FirstOrDefaultAsync(s => s.Id == id);
        if (survey is null)
        {
            return Problems.NotFound("Survey");
        }

        var errors = SurveyValidation.Validate(request with { Kind = request.Kind ?? survey.Kind });
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (survey.Revise(DisplayText.Normalize(request.Title!), request.Kind ?? survey.Kind, ToQuestions(request)) is { IsRefused: true } refused)
        {
            return Problems.Conflict(refused.Reason!);
        }

        await services.Db.SaveChangesAsync();
        return TypedResults.Ok(SurveyResponseBody.From(survey));
    }

    public static async Task<Results<Ok<SurveyResponseBody>, ProblemHttpResult>> GetSurvey(Guid id, [AsParameters] SurveyServices services) =>
        await services.Db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id) is { } survey ? TypedResults.Ok(SurveyResponseBody.From(survey)) : Problems.NotFound("Survey");

    public static async Task<Results<Ok<SurveyResponseBody>, ProblemHttpResult>> Publish(Guid id, [AsParameters] SurveyServices services)
    {
        var survey = await services.Db.Surveys.FirstOrDefaultAsync(s => s.Id == id);
        if (survey is null)
        {
            return Problems.NotFound("Survey");
        }

        var latest = survey.IsPublished ? await services.Db.Versions.AsNoTracking().FirstAsync(v => v.SurveyId == id && v.Version == survey.PublishedVersion) : null;
        if (survey.Publish(latest, services.Time.GetUtcNow()) is { } published)
        {
            services.Db.Versions.Add(published);
            await services.Db.SaveChangesAsync();
        }

        return TypedResults.Ok(SurveyResponseBody.From(survey));
    }

    public static async Task<Results<Ok<InviteResult>, ProblemHttpResult>> Invite(Guid id, InviteRequest request, [AsParameters] SurveyServices services, CancellationToken ct)
    {
        var errors = new ValidationErrors()
            .When(request.CustomerIds is not { Count: > 0 and <= 1000 }, "customerIds", "1 to 1000 customer ids.")
            .OneOf("channel", request.Channel, Channels, required: true);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var survey = await services.Db.Surveys.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null)
        {
            return Problems.NotFound("Survey");
        }

        if (!survey.IsPublished)
        {
            return Problems.Conflict("Publish the survey before inviting anyone.");
        }

        var (invited, skipped) = await services.Sender.InviteAsync(services.Db, survey, request.CustomerIds!, request.Channel!, transactional: false, ticketId: null, ct);
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(new InviteResult(invited, skipped));
    }

    private static List<Question> ToQuestions(CreateSurveyRequest request) =>
        request.Questions!.Select(q => new Question(q.Key!, q.Type!.Value, q.Text!.Trim(), q.Options?.Select(o => o.Trim()).ToList(), q.Required ?? false, q.ShowIf)).ToList();

    public static async Task<Results<Ok<SurveyResults>, ProblemHttpResult>> GetResults(Guid id, [AsParameters] SurveyServices services, string? by)
    {
        var errors = new ValidationErrors().OneOf("by", by, ["country", "lifecycleStage"]);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var survey = await services.Db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        if (survey is null)
        {
            return Problems.NotFound("Survey");
        }

        var responses = await services.Db.Responses.AsNoTracking().Where(r => r.SurveyId == id).ToListAsync();
        var invited = await services.Db.Invitations.CountAsync(i => i.SurveyId == id && !i.Cancelled);
        Func<Responses.SurveyResponse, string?>? breakdown = by switch
        {
            "country" => r => r.Country,
            "lifecycleStage" => r => r.LifecycleStage,
            _ => null,
        };
        return TypedResults.Ok(SurveyResults.Compute(survey.Questions, responses, invited, breakdown));
    }
}
