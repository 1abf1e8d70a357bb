using Crm.BuildingBlocks.Rules;
using Crm.Customers.Catalog;
using Crm.Customers.Loyalty;

namespace Crm.Customers.Orders;

public sealed record RequestedLine(string? Sku, int? Quantity);

/// <summary>An order priced from the catalog: the server's prices, never the client's.</summary>
public sealed class PricedOrder(List<OrderLine> lines, string currency)
{
    public List<OrderLine> Lines { get; } = lines;
    public string Currency { get; } = currency;
    public decimal Subtotal { get; } = lines.Sum(l => l.Amount);
    public decimal Discount { get; private set; }
    public decimal Total => Subtotal - Discount;
    public int PointsRedeemed { get; private set; }
    public int PointsEarned => LoyaltyRules.EarnedFor(Total);

    /// <summary>Pays part of the order with points; each line's paid amount carries its share of the discount.</summary>
    public Outcome Redeem(int points, int balance)
    {
        var allowed = LoyaltyRules.CanRedeem(points, balance, Subtotal);
        if (allowed.IsRefused)
        {
            return allowed;
        }

        Discount = points * LoyaltyRules.PointValue;
        PointsRedeemed = points;
        var largest = Lines.IndexOf(Lines.MaxBy(l => l.Amount)!);
        var shared = 0m;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (i != largest)
            {
                var share = Math.Floor(Discount * Lines[i].Amount / Subtotal * 100m) / 100m;
                Lines[i].Paid = Lines[i].Amount - share;
                shared += share;
            }
        }

        Lines[largest].Paid = Lines[largest].Amount - (Discount - shared);
        return Outcome.Changed;
    }
}

/// <summary>What an order may hold, and its prices and totals computed from the catalog.</summary>
public static class OrderRules
{
    public const int MaxLines = 50;
    public const int MaxQuantity = 999;

    /// <summary>Per-field problems of the requested lines against the catalog (unknown, inactive, mixed currencies).</summary>
    public static Dictionary<string, string> Check(IReadOnlyList<RequestedLine>? lines, IReadOnlyDictionary<string, Product> catalog)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lines is null || lines.Count == 0 || lines.Count > MaxLines)
        {
            errors["lines"] = $"Between 1 and {MaxLines} lines.";
            return errors;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var (sku, quantity) = (lines[i].Sku?.Trim(), lines[i].Quantity);
            if (string.IsNullOrEmpty(sku))
            {
                errors[$"lines[{i}].sku"] = "Required.";
            }
            else if (!catalog.TryGetValue(sku, out var product) || !product.Active)
            {
                errors[$"lines[{i}].sku"] = "Not a product on sale.";
            }

            if (quantity is null or < 1 or > MaxQuantity)
            {
                errors[$"lines[{i}].quantity"] = $"Between 1 and {MaxQuantity}.";
            }
        }

        var currencies = lines.Select(l => l.Sku?.Trim()).Where(s => s is not null && catalog.ContainsKey(s)).Select(s => catalog[s!].Currency).Distinct().Count();
        if (errors.Count == 0 && currencies > 1)
        {
            errors["lines"] = "Products priced in different currencies go on separate orders.";
        }

        return errors;
    }

    /// <summary>Prices checked lines (<see cref="Check"/> found nothing): one line per SKU, quantities of a repeated SKU added up.</summary>
    public static PricedOrder Price(IReadOnlyList<RequestedLine> lines, IReadOnlyDictionary<string, Product> catalog)
    {
        var priced = lines.GroupBy(l => l.Sku!.Trim(), StringComparer.Ordinal).Select(g =>
        {
            var product = catalog[g.Key];
            var quantity = Math.Min(g.Sum(l => l.Quantity!.Value), MaxQuantity);
            var amount = product.Price * quantity;
            return new OrderLine
            {
                Sku = product.Sku, Name = product.Name, Category = product.Category, ProductModel = product.ProductModel,
                UnitPrice = product.Price, Quantity = quantity, Amount = amount, Paid = amount,
            };
        }).ToList();
        return new PricedOrder(priced, catalog[priced[0].Sku].Currency);
    }
}
