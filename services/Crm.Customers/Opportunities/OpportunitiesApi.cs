using Crm.BuildingBlocks.Api;
using Crm.Customers.Orders;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Opportunities;

/// <summary>The sales pipeline: opportunities move through stages under If-Match; a won one becomes an order.</summary>
public static class OpportunitiesApi
{
    public static void MapOpportunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/opportunities").WithTags("Opportunities").RequireAuthorization(CrmPolicies.CustomerReaders);
        api.MapPost("/", Create).WithName("CreateOpportunity").WithSummary("Open an opportunity").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/{id:guid}", Get).WithName("GetOpportunity").WithSummary("Read an opportunity and its ETag");
        api.MapPatch("/{id:guid}", Update).WithName("UpdateOpportunity").WithSummary("Change or move an opportunity (If-Match)").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapPost("/{id:guid}/order", PlaceOrder).WithName("OrderWonOpportunity").WithSummary("Turn a won opportunity into the customer's order").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/", OpportunityQueries.List).WithName("ListOpportunities").WithSummary("Opportunities by stage, owner or customer");
        api.MapGet("/reports/pipeline", OpportunityQueries.Pipeline).WithName("GetPipelineReport").WithSummary("Count, amount and weighted amount per stage");
    }

    public static async Task<Results<Created<OpportunityResponse>, ProblemHttpResult>> Create(CreateOpportunityRequest r, [AsParameters] CustomerServices services, HttpContext http)
    {
        var errors = OpportunityValidation.Validate(r.Title, true, r.Amount, true, r.Currency, true, r.OwnerId, r.Reason)
            .When(r.CustomerId is null, "customerId", "Required.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == r.CustomerId && c.ErasedAt == null))
        {
            return Problems.Validation("customerId", "No such customer.");
        }

        var now = services.Time.GetUtcNow();
        var opportunity = new Opportunity
        {
            Id = Guid.CreateVersion7(), CustomerId = r.CustomerId!.Value, Title = r.Title!.Trim(), Amount = r.Amount!.Value, Currency = r.Currency!,
            Stage = OpportunityStage.Qualification, ExpectedCloseAt = r.ExpectedCloseAt?.ToUniversalTime(),
            OwnerId = string.IsNullOrWhiteSpace(r.OwnerId) ? http.User.Subject() : r.OwnerId.Trim(), CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        var moved = opportunity.MoveTo(r.Stage ?? OpportunityStage.Qualification, r.Reason, now);
        if (moved.IsRefused)
        {
            return Problems.Validation("reason", moved.Reason!);
        }

        opportunity.Version = 1;
        services.Db.Add(opportunity);
        await services.Db.SaveChangesAsync();
        ETags.Set(http.Response, opportunity.Version);
        return TypedResults.Created($"/api/opportunities/{opportunity.Id}", OpportunityResponse.From(opportunity));
    }

    public static async Task<Results<Ok<OpportunityResponse>, ProblemHttpResult>> Get(Guid id, [AsParameters] CustomerServices services, HttpContext http)
    {
        var opportunity = await services.Db.Set<Opportunity>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return Problems.NotFound("Opportunity");
        }

        ETags.Set(http.Response, opportunity.Version);
        return TypedResults.Ok(OpportunityResponse.From(opportunity));
    }

    public static async Task<Results<Ok<OpportunityResponse>, ProblemHttpResult>> Update(Guid id, UpdateOpportunityRequest r, [AsParameters] CustomerServices services, HttpContext http)
    {
        var opportunity = await services.Db.Set<Opportunity>().FirstOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return Problems.NotFound("Opportunity");
        }

        if (ETags.Precondition(http.Request, opportunity.Version) is { } precondition)
        {
            return precondition;
        }

        var errors = OpportunityValidation.Validate(r.Title, false, r.Amount, false, r.Currency, false, r.OwnerId, r.Reason)
            .When(r.Stage is OpportunityStage.Won or OpportunityStage.Lost && string.IsNullOrWhiteSpace(r.Reason), "reason", "Say why the opportunity was won or lost.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = services.Time.GetUtcNow();
        var edited = opportunity.Edit(r.Title?.Trim(), r.Amount, r.Currency, r.ExpectedCloseAt?.ToUniversalTime(), r.OwnerId?.Trim(), now);
        var moved = edited.IsRefused || r.Stage is null ? edited : opportunity.MoveTo(r.Stage.Value, r.Reason, now);
        if (edited.IsRefused || moved.IsRefused)
        {
            return Problems.Conflict((edited.IsRefused ? edited : moved).Reason!);
        }

        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.PreconditionFailed();
        }

        ETags.Set(http.Response, opportunity.Version);
        return TypedResults.Ok(OpportunityResponse.From(opportunity));
    }

    public static async Task<Results<Created<OrderResponse>, ProblemHttpResult>> PlaceOrder(Guid id, PlaceOrderRequest request, [AsParameters] CustomerServices services, HttpContext http)
    {
        var opportunity = await services.Db.Set<Opportunity>().FirstOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return Problems.NotFound("Opportunity");
        }

        var now = services.Time.GetUtcNow();
        var allowed = opportunity.BecomeOrder(Guid.Empty, now);
        if (allowed.IsRefused)
        {
            return Problems.Conflict(allowed.Reason!);
        }

        var (order, problem) = await OrderPlacement.PlaceAsync(opportunity.CustomerId, request, services, http.User.Subject(), id,
            beforeSave: placed => opportunity.OrderId = placed.Id);
        return order is null ? problem! : TypedResults.Created($"/api/orders/{order.Id}", OrderResponse.From(order));
    }
}
