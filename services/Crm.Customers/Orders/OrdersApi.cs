using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Orders;

public sealed record OrderLineResponse(string Sku, string Name, string Category, string? ProductModel, decimal UnitPrice, int Quantity, decimal Amount);

public sealed record OrderResponse(
    Guid Id, string Number, Guid CustomerId, string Status, IReadOnlyList<OrderLineResponse> Lines, decimal Subtotal, decimal Discount,
    decimal Total, string Currency, int PointsRedeemed, int PointsEarned, Guid? OpportunityId, DateTimeOffset PlacedAt)
{
    public static OrderResponse From(Order o) => new(
        o.Id, o.Number, o.CustomerId, o.Status,
        o.Lines.Select(l => new OrderLineResponse(l.Sku, l.Name, l.Category, l.ProductModel, l.UnitPrice, l.Quantity, l.Amount)).ToList(),
        o.Subtotal, o.Discount, o.Total, o.Currency, o.PointsRedeemed, o.PointsEarned, o.OpportunityId, o.PlacedAt);
}

/// <summary>Customers order at any hour (<c>/api/me/orders</c>); staff read a customer's orders.</summary>
public static class OrdersApi
{
    public static void MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/orders").WithTags("Orders").RequireAuthorization(CrmPolicies.SelfService);
        me.MapPost("/", PlaceMyOrder).WithName("PlaceMyOrder").WithSummary("Order products from the catalog, optionally paying in part with points");
        me.MapGet("/", ListMyOrders).WithName("ListMyOrders").WithSummary("The caller's orders, newest first");
        app.MapGet("/api/orders", ListOrders).WithTags("Orders").WithName("ListOrders").WithSummary("A customer's orders, newest first")
            .RequireAuthorization(CrmPolicies.CustomerReaders);
    }

    public static async Task<Results<Created<OrderResponse>, ProblemHttpResult>> PlaceMyOrder(PlaceOrderRequest request, [AsParameters] CustomerServices services, HttpContext http)
    {
        var customerId = http.User.CustomerId()!.Value;
        var (order, problem) = await OrderPlacement.PlaceAsync(customerId, request, services, http.User.Subject());
        return order is null ? problem! : TypedResults.Created($"/api/me/orders/{order.Id}", OrderResponse.From(order));
    }

    public static Task<Results<Ok<Page<OrderResponse>>, ProblemHttpResult>> ListMyOrders([AsParameters] CustomerServices services, HttpContext http, int? limit, string? cursor) =>
        PageAsync(http.User.CustomerId()!.Value, services, limit, cursor);

    public static async Task<Results<Ok<Page<OrderResponse>>, ProblemHttpResult>> ListOrders([AsParameters] CustomerServices services, Guid? customerId, int? limit, string? cursor)
    {
        if (customerId is null)
        {
            return new ValidationErrors().Add("customerId", "Required.").ToProblem();
        }

        return await PageAsync(customerId.Value, services, limit, cursor);
    }

    private static async Task<Results<Ok<Page<OrderResponse>>, ProblemHttpResult>> PageAsync(Guid customerId, CustomerServices services, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Set<Order>().AsNoTracking().Where(o => o.CustomerId == customerId);
        if (page.After is { } after)
        {
            query = query.Where(o => o.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.OrderByDescending(o => o.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, o => new Cursor("", o.Id), OrderResponse.From));
    }
}
