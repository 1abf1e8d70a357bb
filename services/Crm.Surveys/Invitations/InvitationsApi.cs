using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Crm.Surveys.Definitions;
using Crm.Surveys.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Invitations;

public static class InvitationsApi
{
    public static void MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/surveys/invitations", ListForCustomer).WithTags("Surveys").WithName("ListSurveyInvitations")
            .WithSummary("A customer's invitations, for staff (never the token)").RequireAuthorization(CrmPolicies.SurveyReaders);
        app.MapGet("/api/me/surveys", MyOpenInvitations).WithTags("Self-service").WithName("GetMySurveys")
            .WithSummary("The caller's open invitations").RequireAuthorization(CrmPolicies.SelfService);

        var byToken = app.MapGroup("/api/surveys/invitations/{token}").WithTags("Survey invitations").AllowAnonymous();
        byToken.MapGet("/", GetForm).WithName("GetInvitationForm").WithSummary("The survey behind an invitation token");
        byToken.MapPost("/responses", Respond).WithName("RespondToInvitation").WithSummary("Answer the survey, once");
    }

    public static async Task<Results<Ok<Page<StaffInvitation>>, ProblemHttpResult>> ListForCustomer(
        Guid? customerId, int? limit, string? cursor, [AsParameters] SurveyServices services)
    {
        var errors = new ValidationErrors().When(customerId is null, "customerId", "Required.");
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Invitations.AsNoTracking().Where(i => i.CustomerId == customerId);
        if (page.After is { } after)
        {
            query = query.Where(i => i.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.OrderByDescending(i => i.Id).Take(page.Limit + 1)
            .Select(i => new StaffInvitation(i.Id, i.SurveyId, i.CustomerId, i.Channel, i.SentAt, i.ExpiresAt, i.RespondedAt, i.Transactional)).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, i => new Cursor("", i.Id), i => i));
    }

    public static async Task<Results<Ok<Page<OpenInvitation>>, ProblemHttpResult>> MyOpenInvitations(
        int? limit, string? cursor, [AsParameters] SurveyServices services, HttpContext http)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var me = http.User.CustomerId();
        var now = services.Time.GetUtcNow();
        var query = services.Db.Invitations.AsNoTracking().Where(i => i.CustomerId == me && i.RespondedAt == null && !i.Cancelled && i.ExpiresAt > now && i.Token != null);
        if (page.After is { } after)
        {
            query = query.Where(i => i.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.Join(services.Db.Surveys, i => i.SurveyId, s => s.Id, (i, s) => new { i.Id, SurveyId = s.Id, s.Title, i.Token, i.ExpiresAt })
            .OrderByDescending(r => r.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor("", r.Id), r => new OpenInvitation(r.Id, r.SurveyId, r.Title, r.Token!, r.ExpiresAt)));
    }

    public static async Task<Results<Ok<InvitationForm>, ProblemHttpResult>> GetForm(string token, [AsParameters] SurveyServices services)
    {
        var (invitation, version, survey) = await FindOpenAsync(token, services);
        return invitation is null ? Problems.NotFound("Invitation") : TypedResults.Ok(new InvitationForm(survey!.Title, version!.Questions, invitation.ExpiresAt));
    }

    public static async Task<Results<Created<ResponseReceipt>, ProblemHttpResult>> Respond(string token, AnswersRequest request, [AsParameters] SurveyServices services)
    {
        var (invitation, version, survey) = await FindOpenAsync(token, services, includeAnswered: true);
        if (invitation is null)
        {
            return Problems.NotFound("Invitation");
        }

        var now = services.Time.GetUtcNow();
        if (invitation.Answer(now) is { IsRefused: true } refused)
        {
            return Problems.Conflict(refused.Reason!);
        }

        var submitted = (request.Answers ?? []).Where(a => a?.Key is not null).Select(a => (a.Key!, a.Value)).ToList();
        var (answers, errors) = AnswerValidator.Validate(version!.Questions, submitted);
        if (errors.Count > 0 || request.Answers is null)
        {
            return Problems.Validation(errors.Count > 0 ? errors : new Dictionary<string, string[]> { ["answers"] = ["Required."] });
        }

        var respondent = await services.Db.Respondents.AsNoTracking().FirstOrDefaultAsync(r => r.CustomerId == invitation.CustomerId);
        var response = ResponseRecorder.Record(services.Db, survey!, version.Version, version.Questions, answers, invitation.Id, respondent, null, now);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return Problems.Conflict("This invitation has been answered already.");
        }

        return TypedResults.Created($"/api/surveys/{survey!.Id}/responses/{response.Id}", new ResponseReceipt(response.Id, now));
    }

    private static async Task<(Invitation?, SurveyVersion?, Survey?)> FindOpenAsync(string token, SurveyServices services, bool includeAnswered = false)
    {
        if (!InvitationTokens.LooksValid(token))
        {
            return (null, null, null);
        }

        var hash = InvitationTokens.HashOf(token);
        var now = services.Time.GetUtcNow();
        var invitation = await services.Db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash && !i.Cancelled && i.ExpiresAt > now);
        if (invitation is null || (!includeAnswered && invitation.RespondedAt is not null))
        {
            return (null, null, null);
        }

        var version = await services.Db.Versions.AsNoTracking().FirstAsync(v => v.SurveyId == invitation.SurveyId && v.Version == invitation.SurveyVersion);
        var survey = await services.Db.Surveys.AsNoTracking().FirstAsync(s => s.Id == invitation.SurveyId);
        return (invitation, version, survey);
    }
}
