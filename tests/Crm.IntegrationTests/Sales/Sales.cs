using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Sales;

/// <summary>Catalog and customers the sales tests start from, created through the gateway as staff would.</summary>
public static class Sales
{
    public static async Task<string> ProductAsync(HttpClient marketer, decimal price, string category = "phones", string? model = null, bool active = true, string currency = "EUR")
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        using var created = await marketer.PostAsJsonAsync("/api/products",
            new { sku, name = $"Product {sku}", category, productModel = model ?? $"Model {sku[4..10]}", price, currency, active });
        await created.SuccessJsonAsync();
        return sku;
    }

    public static async Task<(Guid Id, HttpClient Client)> ShopperAsync(SuiteFixture suite, HttpClient agent)
    {
        var id = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        return (id, await suite.ClientAsync("customer", id));
    }

    public static async Task<JsonElement> OrderAsync(HttpClient customer, object body)
    {
        using var placed = await customer.PostAsJsonAsync("/api/me/orders", body);
        return await placed.SuccessJsonAsync();
    }

    public static async Task<int> PointsAsync(HttpClient customer) =>
        (await customer.GetFromJsonAsync<JsonElement>("/api/me/loyalty")).GetProperty("points").GetInt32();

    public static HttpRequestMessage Patch(string path, object body, string? ifMatch) =>
        new(HttpMethod.Patch, path) { Content = JsonContent.Create(body), Headers = { { "If-Match", ifMatch is null ? [] : [ifMatch] } } };
}
