using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Campaigns;

public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns").WithTags("Campaigns").RequireAuthorization(CrmPolicies.Marketing);
        api.MapPost("/", CreateCampaign).WithName("CreateCampaign").WithSummary("Draft a campaign to a segment on one channel");
        api.MapGet("/", ListCampaigns).WithName("ListCampaigns").WithSummary("List campaigns, newest first");
        api.MapGet("/{id:guid}", GetCampaign).WithName("GetCampaign").WithSummary("Read a campaign, its status and its stats");
        api.MapPost("/{id:guid}/schedule", CampaignCommands.Schedule).WithName("ScheduleCampaign").WithSummary("Launch the campaign at a later time");
        api.MapPost("/{id:guid}/launch", CampaignCommands.Launch).WithName("LaunchCampaign").WithSummary("Launch the campaign now (202; runs in the background)");
        api.MapPost("/{id:guid}/cancel", CampaignCommands.Cancel).WithName("CancelCampaign").WithSummary("Stop the campaign before it completes");
        return api;
    }

    public static async Task<Results<Created<CampaignResponse>, ProblemHttpResult>> CreateCampaign(
        CreateCampaignRequest request, [AsParameters] CampaignServices services, HttpContext http)
    {
        var errors = CampaignValidation.Validate(request);
        if (request.SegmentId is { } segmentId && !await services.Db.Segments.AnyAsync(s => s.Id == segmentId, services.Cancellation))
        {
            errors.Add("segmentId", "No such segment.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var code = request.SourceCode!.Trim();
        if (await services.Db.Campaigns.AnyAsync(c => c.SourceCode == code, services.Cancellation))
        {
            return Problems.Conflict("Another campaign already uses this source code.");
        }

        var now = services.Time.GetUtcNow();
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(),
            Name = DisplayText.Normalize(request.Name!),
            SegmentId = request.SegmentId!.Value,
            Channel = request.Channel!.Value,
            Subject = string.IsNullOrWhiteSpace(request.Subject) ? null : request.Subject.Trim(),
            Body = request.Body!,
            SourceCode = code,
            Status = CampaignStatus.Draft,
            CreatedAt = now,
            CreatedBy = http.User.Subject(),
            Version = 1,
        };
        services.Db.Campaigns.Add(campaign);
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException) when (services.Db.Campaigns.AsNoTracking().Any(c => c.SourceCode == code && c.Id != campaign.Id))
        {
            return Problems.Conflict("Another campaign already uses this source code.");
        }

        return TypedResults.Created($"/api/campaigns/{campaign.Id}", CampaignResponse.From(campaign, 0));
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> GetCampaign(Guid id, [AsParameters] CampaignServices services)
    {
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
        return campaign is null
            ? Problems.NotFound("Campaign")
            : TypedResults.Ok(CampaignResponse.From(campaign, await ConversionsOf(services, id)));
    }

    public static async Task<Results<Ok<Page<CampaignResponse>>, ProblemHttpResult>> ListCampaigns(
        [AsParameters] CampaignServices services, CampaignStatus? status, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Campaigns.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (page.After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.OrderByDescending(c => c.Id).Take(page.Limit + 1)
            .Select(c => new { Campaign = c, Conversions = services.Db.Conversions.Count(v => v.CampaignId == c.Id) })
            .ToListAsync(services.Cancellation);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor("", r.Campaign.Id), r => CampaignResponse.From(r.Campaign, r.Conversions)));
    }

    internal static Task<int> ConversionsOf(CampaignServices services, Guid id) =>
        services.Db.Conversions.CountAsync(c => c.CampaignId == id, services.Cancellation);
}
