using System.Text.Json;
using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.Campaigns.Segments.Rules;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Segments;

public static class SegmentsApi
{
    public static RouteGroupBuilder MapSegmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/segments").WithTags("Segments").RequireAuthorization(CrmPolicies.Marketing);
        api.MapPost("/", CreateSegment).WithName("CreateSegment").WithSummary("Define a segment by a tree of rules");
        api.MapGet("/", ListSegments).WithName("ListSegments").WithSummary("List segments, newest first");
        api.MapGet("/{id:guid}", GetSegment).WithName("GetSegment").WithSummary("Read a segment and its current member count");
        api.MapGet("/{id:guid}/preview", PreviewSegment).WithName("PreviewSegment").WithSummary("Count the segment's customers now and show a sample");
        return api;
    }

    public static async Task<Results<Created<SegmentResponse>, ProblemHttpResult>> CreateSegment(
        CreateSegmentRequest request, [AsParameters] SegmentServices services, HttpContext http)
    {
        var errors = new ValidationErrors().Name("name", request.Name, SegmentLimits.Name);
        SegmentRule? rule = null;
        if (request.Rules is not { ValueKind: not JsonValueKind.Null } rules)
        {
            errors.Add("rules", "Required.");
        }
        else
        {
            rule = RuleParser.Parse(rules, errors);
        }

        if (errors.Any || rule is null)
        {
            return errors.ToProblem();
        }

        var now = services.Time.GetUtcNow();
        var segment = new Segment
        {
            Id = Guid.CreateVersion7(),
            Name = DisplayText.Normalize(request.Name!),
            RulesJson = request.Rules!.Value.GetRawText(),
            CreatedBy = http.User.Subject(),
            CreatedAt = now,
        };
        var db = services.Db;
        var strategy = db.Database.CreateExecutionStrategy();
        var members = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Segments.Add(segment);
            await db.SaveChangesAsync(ct);
            var count = await SegmentQueries.PopulateAsync(db, segment.Id, rule, now, ct);
            await transaction.CommitAsync(ct);
            return count;
        }, services.Cancellation);

        return TypedResults.Created($"/api/segments/{segment.Id}", SegmentResponse.From(segment, members));
    }

    public static async Task<Results<Ok<SegmentResponse>, ProblemHttpResult>> GetSegment(Guid id, [AsParameters] SegmentServices services)
    {
        var segment = await services.Db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, services.Cancellation);
        if (segment is null)
        {
            return Problems.NotFound("Segment");
        }

        var members = await services.Db.SegmentMembers.CountAsync(m => m.SegmentId == id, services.Cancellation);
        return TypedResults.Ok(SegmentResponse.From(segment, members));
    }

    public static async Task<Results<Ok<Page<SegmentResponse>>, ProblemHttpResult>> ListSegments([AsParameters] SegmentServices services, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Segments.AsNoTracking();
        if (page.After is { } after)
        {
            query = query.Where(s => s.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.OrderByDescending(s => s.Id).Take(page.Limit + 1)
            .Select(s => new { Segment = s, Members = services.Db.SegmentMembers.Count(m => m.SegmentId == s.Id) })
            .ToListAsync(services.Cancellation);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor("", r.Segment.Id), r => SegmentResponse.From(r.Segment, r.Members)));
    }

    public static async Task<Results<Ok<SegmentPreview>, ProblemHttpResult>> PreviewSegment(Guid id, [AsParameters] SegmentServices services)
    {
        var segment = await services.Db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, services.Cancellation);
        if (segment is null)
        {
            return Problems.NotFound("Segment");
        }

        var preview = await SegmentQueries.PreviewAsync(services.Db, services.Rules.Get(segment), services.Time.GetUtcNow(), services.Cancellation);
        return TypedResults.Ok(preview);
    }
}
