using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Api;
using Crm.Contracts.Customers;
using Crm.Customers.Profiles;
using Crm.Customers.Timeline;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Purchases;

public sealed record RecordPurchaseRequest(string? Sku, string? ProductModel, string? Category, decimal? Amount, string? Currency, DateTimeOffset? PurchasedAt, string? SourceCode);

public sealed record PurchaseResponse(Guid Id, Guid CustomerId, string Sku, string? ProductModel, string Category, decimal Amount, string Currency, DateTimeOffset PurchasedAt, string? SourceCode)
{
    public static PurchaseResponse From(Purchase p) => new(p.Id, p.CustomerId, p.Sku, p.ProductModel, p.Category, p.Amount, p.Currency, p.PurchasedAt, p.SourceCode);
}

public sealed record OwnedProduct(string ProductModel, string Category, DateTimeOffset FirstPurchasedAt, int Purchases);

public static partial class PurchasesApi
{
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public static void MapPurchasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers/{id:guid}").WithTags("Purchases");
        api.MapPost("/purchases", RecordPurchase).WithName("RecordPurchase").WithSummary("Record a purchase").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/products", OwnedProducts).WithName("GetOwnedProducts").WithSummary("Product models the customer owns").RequireAuthorization(CrmPolicies.CustomerReaders);
    }

    public static async Task<Results<Created<PurchaseResponse>, ProblemHttpResult>> RecordPurchase(
        Guid id, RecordPurchaseRequest request, [AsParameters] CustomerServices services)
    {
        var now = services.Time.GetUtcNow();
        var errors = new ValidationErrors()
            .Required("sku", request.Sku, 64)
            .MaxLength("productModel", request.ProductModel, 100)
            .Required("category", request.Category, 100)
            .When(request.Amount is null, "amount", "Required.")
            .When(request.Amount is <= 0 or > 100_000_000m, "amount", "Must be more than 0 and at most 100,000,000.")
            .When(request.Amount is { } a && decimal.Round(a, 2) != a, "amount", "At most 2 decimals.")
            .When(request.Currency is null || !CurrencyPattern().IsMatch(request.Currency), "currency", "An ISO 4217 code of 3 capital letters, e.g. EUR.")
            .When(request.PurchasedAt is null, "purchasedAt", "Required.")
            .When(request.PurchasedAt > now + AllowedClockSkew, "purchasedAt", "Cannot be in the future.")
            .When(request.PurchasedAt < new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero), "purchasedAt", "Too far in the past.")
            .MaxLength("sourceCode", request.SourceCode, 64);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        var purchase = new Purchase
        {
            Id = Guid.CreateVersion7(),
            CustomerId = id,
            Sku = request.Sku!.Trim(),
            ProductModel = string.IsNullOrWhiteSpace(request.ProductModel) ? null : request.ProductModel.Trim(),
            Category = request.Category!.Trim(),
            Amount = request.Amount!.Value,
            Currency = request.Currency!,
            PurchasedAt = request.PurchasedAt!.Value.ToUniversalTime(),
            SourceCode = string.IsNullOrWhiteSpace(request.SourceCode) ? null : request.SourceCode.Trim(),
            RecordedAt = now,
        };
        services.Db.Purchases.Add(purchase);
        services.Db.Timeline.Add(TimelineEntry.Create(id, TimelineTypes.Purchase, purchase.PurchasedAt,
            $"Bought {purchase.ProductModel ?? purchase.Sku} ({purchase.Category}) for {purchase.Amount:0.00} {purchase.Currency}", purchase.Id.ToString()));
        services.Db.Publish(new PurchaseRecorded(purchase.Id, id, purchase.Sku, purchase.ProductModel, purchase.Category, purchase.Amount,
            purchase.Currency, purchase.PurchasedAt, purchase.SourceCode, now), now);
        await services.Db.SaveChangesAsync();
        await services.Cache.RemoveByTagAsync(CustomerCache.Tag(id));
        return TypedResults.Created($"/api/customers/{id}/purchases/{purchase.Id}", PurchaseResponse.From(purchase));
    }

    public static async Task<Results<Ok<IReadOnlyList<OwnedProduct>>, ProblemHttpResult>> OwnedProducts(Guid id, [AsParameters] CustomerServices services)
    {
        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        var purchases = await services.Db.Purchases.AsNoTracking().Where(p => p.CustomerId == id && p.ProductModel != null).ToListAsync();
        IReadOnlyList<OwnedProduct> owned = purchases
            .GroupBy(p => p.ProductModel!)
            .Select(g => new OwnedProduct(g.Key, g.First().Category, g.Min(p => p.PurchasedAt), g.Count()))
            .OrderBy(p => p.FirstPurchasedAt)
            .ToList();
        return TypedResults.Ok(owned);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
