using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Data;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Campaigns.Delivery;

public static class MessagesApi
{
    public static RouteGroupBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns/{id:guid}/messages").WithTags("Campaigns").RequireAuthorization(CrmPolicies.Marketing);
        api.MapGet("/", ListMessages).WithName("ListCampaignMessages").WithSummary("The messages a campaign delivered, as rendered (delivery log)");
        return api;
    }

    public static async Task<Results<Ok<Page<DeliveredMessage>>, ProblemHttpResult>> ListMessages(
        Guid id, Guid? customerId, int? limit, string? cursor, CampaignsDbContext db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        if (!await db.Campaigns.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("Campaign");
        }

        var query = db.DeliveryLog.AsNoTracking().Where(d => d.CampaignId == id);
        if (customerId is { } customer)
        {
            query = query.Where(d => d.CustomerId == customer);
        }

        if (page.After is { } after)
        {
            query = query.Where(d => d.MessageId.CompareTo(after.Id) > 0);
        }

        var rows = await query.OrderBy(d => d.MessageId).Take(page.Limit + 1).ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, d => new Cursor("", d.MessageId), DeliveredMessage.From));
    }
}

public sealed record DeliveredMessage(Guid MessageId, Guid CustomerId, CampaignChannel Channel, string? Address, string? Subject, string Body, DateTimeOffset DeliveredAt)
{
    public static DeliveredMessage From(DeliveryLogEntry d) => new(d.MessageId, d.CustomerId, d.Channel, d.Address, d.Subject, d.Body, d.DeliveredAt);
}
