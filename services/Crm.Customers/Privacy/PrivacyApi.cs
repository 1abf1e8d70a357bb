using Crm.BuildingBlocks.Api;
using Crm.Contracts.Customers;
using Crm.Customers.Activities;
using Crm.Customers.Consents;
using Crm.Customers.Interactions;
using Crm.Customers.Loyalty;
using Crm.Customers.Opportunities;
using Crm.Customers.Orders;
using Crm.Customers.Profiles;
using Crm.Customers.Purchases;
using Crm.Customers.Timeline;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Privacy;

public static class PrivacyApi
{
    public static void MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers/{id:guid}").WithTags("Privacy").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/export", Export).WithName("ExportCustomer").WithSummary("Everything held about the customer");
        api.MapDelete("/", Erase).WithName("EraseCustomer").WithSummary("Erase the customer everywhere");
    }

    public static async Task<Results<Ok<CustomerExport>, ProblemHttpResult>> Export(Guid id, [AsParameters] CustomerServices services)
    {
        var db = services.Db;
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null);
        if (customer is null)
        {
            return Problems.NotFound("Customer");
        }

        var consents = await db.Consents.AsNoTracking().Where(c => c.CustomerId == id).OrderBy(c => c.RecordedAt).ToListAsync();
        var interactions = await db.Interactions.AsNoTracking().Where(i => i.CustomerId == id).OrderBy(i => i.OccurredAt).ToListAsync();
        var purchases = await db.Purchases.AsNoTracking().Where(p => p.CustomerId == id).OrderBy(p => p.PurchasedAt).ToListAsync();
        var timeline = await db.Timeline.AsNoTracking().Where(t => t.CustomerId == id).OrderByDescending(t => t.OccurredAt).ToListAsync();
        var orders = await db.Set<Order>().AsNoTracking().Where(o => o.CustomerId == id).OrderBy(o => o.PlacedAt).ToListAsync();
        var ledger = await db.Set<LoyaltyEntry>().AsNoTracking().Where(e => e.CustomerId == id).OrderBy(e => e.At).ToListAsync();
        var activities = await db.Set<Activity>().AsNoTracking().Where(a => a.CustomerId == id).OrderBy(a => a.CreatedAt).ToListAsync();
        var opportunities = await db.Set<Opportunity>().AsNoTracking().Where(o => o.CustomerId == id).OrderBy(o => o.CreatedAt).ToListAsync();
        return TypedResults.Ok(new CustomerExport(
            services.Time.GetUtcNow(),
            CustomerResponse.From(customer),
            ConsentSet.Current(consents),
            consents.Select(c => new ConsentHistoryItem(c.Purpose, c.Channel, c.Granted, c.RecordedAt, c.Source, c.RecordedBy)).ToList(),
            interactions.Select(InteractionResponse.From).ToList(),
            purchases.Select(PurchaseResponse.From).ToList(),
            timeline.Select(TimelineItem.From).ToList(),
            orders.Select(OrderResponse.From).ToList(),
            ledger.Select(e => new LedgerLine(e.At, e.Points, e.Reason, e.RefId)).ToList(),
            activities.Select(a => ActivityResponse.From(a)).ToList(),
            opportunities.Select(OpportunityResponse.From).ToList()));
    }

    /// <summary>
    /// Deletes the customer's interactions, purchases, consents, timeline, orders, loyalty ledger, activities and opportunities, keeps only a tombstone without personal
    /// data (the email is freed), and tells every other service through <see cref="CustomerErased"/>.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Erase(Guid id, [AsParameters] CustomerServices services)
    {
        var db = services.Db;
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null);
        if (customer is null)
        {
            return Problems.NotFound("Customer");
        }

        var now = services.Time.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Interactions.Where(i => i.CustomerId == id).ExecuteDeleteAsync();
            await db.Purchases.Where(p => p.CustomerId == id).ExecuteDeleteAsync();
            await db.Consents.Where(c => c.CustomerId == id).ExecuteDeleteAsync();
            await db.Timeline.Where(t => t.CustomerId == id).ExecuteDeleteAsync();
            await db.Set<Activity>().Where(a => a.CustomerId == id).ExecuteDeleteAsync();
            await db.Set<Opportunity>().Where(o => o.CustomerId == id).ExecuteDeleteAsync();
            await db.Set<Order>().Where(o => o.CustomerId == id).ExecuteDeleteAsync();
            await db.Set<LoyaltyEntry>().Where(e => e.CustomerId == id).ExecuteDeleteAsync();
            await db.Set<LoyaltyAccount>().Where(a => a.CustomerId == id).ExecuteDeleteAsync();
            customer.Erase(now);
            db.Publish(new CustomerErased(id, now), now);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
        await services.Cache.RemoveByTagAsync(CustomerCache.Tag(id));
        return TypedResults.NoContent();
    }
}
