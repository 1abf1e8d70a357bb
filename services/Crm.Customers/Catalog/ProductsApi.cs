using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Catalog;

public sealed record CreateProductRequest(string? Sku, string? Name, string? Category, string? ProductModel, decimal? Price, string? Currency, bool? Active);

public sealed record ProductResponse(Guid Id, string Sku, string Name, string Category, string? ProductModel, decimal Price, string Currency, bool Active)
{
    public static ProductResponse From(Product p) => new(p.Id, p.Sku, p.Name, p.Category, p.ProductModel, p.Price, p.Currency, p.Active);
}

/// <summary>The catalog: admins and marketers add products; any signed-in caller browses it, customers only what is on sale.</summary>
public static partial class ProductsApi
{
    public static void MapProductsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/products").WithTags("Catalog");
        api.MapPost("/", CreateProduct).WithName("CreateProduct").WithSummary("Add a product to the catalog").RequireAuthorization(CrmPolicies.Marketing);
        api.MapGet("/", ListProducts).WithName("ListProducts").WithSummary("Browse the catalog by name or category").RequireAuthorization();
    }

    public static async Task<Results<Created<ProductResponse>, ProblemHttpResult>> CreateProduct(CreateProductRequest request, [AsParameters] CustomerServices services)
    {
        var errors = new ValidationErrors()
            .Required("sku", request.Sku, 64)
            .When(request.Sku is { } s && !SkuPattern().IsMatch(s.Trim()), "sku", "Letters, digits, dots, dashes and underscores only.")
            .Name("name", request.Name, 200)
            .Name("category", request.Category, 100)
            .Name("productModel", request.ProductModel, 100, required: false)
            .When(request.Price is null, "price", "Required.")
            .When(request.Price is <= 0 or > 1_000_000m, "price", "Must be more than 0 and at most 1,000,000.")
            .When(request.Price is { } p && decimal.Round(p, 2) != p, "price", "At most 2 decimals.")
            .When(request.Currency is null || !Money.IsCurrency(request.Currency), "currency", "An ISO 4217 code of 3 capital letters, e.g. EUR.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var sku = request.Sku!.Trim();
        if (await services.Db.Set<Product>().AnyAsync(p => p.Sku == sku))
        {
            return Problems.Conflict($"A product with SKU {sku} already exists.");
        }

        var name = DisplayText.Normalize(request.Name!);
        var product = new Product
        {
            Id = Guid.CreateVersion7(),
            Sku = sku,
            Name = name,
            SearchName = name.ToLowerInvariant(),
            Category = DisplayText.Normalize(request.Category!),
            ProductModel = string.IsNullOrWhiteSpace(request.ProductModel) ? null : DisplayText.Normalize(request.ProductModel),
            Price = request.Price!.Value,
            Currency = request.Currency!,
            Active = request.Active ?? true,
            CreatedAt = services.Time.GetUtcNow(),
        };
        services.Db.Add(product);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return Problems.Conflict($"A product with SKU {sku} already exists.");
        }

        return TypedResults.Created($"/api/products/{product.Id}", ProductResponse.From(product));
    }

    public static async Task<Results<Ok<Page<ProductResponse>>, ProblemHttpResult>> ListProducts(
        [AsParameters] CustomerServices services, HttpContext http, string? q, string? category, int? limit, string? cursor)
    {
        var errors = new ValidationErrors().MaxLength("q", q, 200).MaxLength("category", category, 100);
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Set<Product>().AsNoTracking();
        if (http.User.IsInRole(CrmRoles.Customer))
        {
            query = query.Where(p => p.Active);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var from = q.Trim().ToLowerInvariant();
            var to = from + '\uffff';
#pragma warning disable CA1309 // translated to SQL with the column's binary collation: a prefix range over the index
            query = query.Where(p => (string.Compare(p.SearchName, from) >= 0 && string.Compare(p.SearchName, to) < 0) || p.Sku == q.Trim());
#pragma warning restore CA1309
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(p => p.Category == category.Trim());
        }

        if (page.After is { } after)
        {
            query = query.Where(p => p.Id.CompareTo(after.Id) > 0);
        }

        var rows = await query.OrderBy(p => p.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, p => new Cursor("", p.Id), ProductResponse.From));
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SkuPattern();
}
