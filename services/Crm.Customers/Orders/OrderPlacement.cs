using System.Security.Cryptography;
using Crm.BuildingBlocks.Api;
using Crm.Contracts.Customers;
using Crm.Customers.Catalog;
using Crm.Customers.Loyalty;
using Crm.Customers.Profiles;
using Crm.Customers.Purchases;
using Crm.Customers.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Orders;

public sealed record PlaceOrderRequest(IReadOnlyList<RequestedLine>? Lines, int? RedeemPoints, string? SourceCode);

/// <summary>
/// Places an order in one transaction: the order, one purchase per line (so insights, segments, attribution,
/// replenishment and cross-sell follow from <see cref="PurchaseRecorded"/>), the points redeemed, and
/// <see cref="OrderPlaced"/> through the outbox, from which loyalty credits the points earned.
/// </summary>
public static class OrderPlacement
{
    public static async Task<(Order? Order, ProblemHttpResult? Problem)> PlaceAsync(
        Guid customerId, PlaceOrderRequest request, CustomerServices services, string? placedBy, Guid? opportunityId = null, Action<Order>? beforeSave = null)
    {
        var skus = (request.Lines ?? []).Select(l => l?.Sku?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Distinct().Take(OrderRules.MaxLines + 1).ToList();
        var catalog = await services.Db.Set<Product>().AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, StringComparer.Ordinal);
        var lines = (request.Lines ?? []).Select(l => l ?? new RequestedLine(null, null)).ToList();
        var errors = new ValidationErrors()
            .When(request.RedeemPoints is < 0, "redeemPoints", "Zero or more.")
            .MaxLength("sourceCode", request.SourceCode, 64);
        foreach (var (field, message) in OrderRules.Check(lines, catalog))
        {
            errors.Add(field, message);
        }

        if (errors.Any)
        {
            return (null, errors.ToProblem());
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == customerId && c.ErasedAt == null))
        {
            return (null, Problems.NotFound("Customer"));
        }

        var now = services.Time.GetUtcNow();
        var priced = OrderRules.Price(lines, catalog);
        var order = new Order
        {
            Id = Guid.CreateVersion7(), Number = NewNumber(), CustomerId = customerId, Status = "placed", Currency = priced.Currency,
            OpportunityId = opportunityId, SourceCode = string.IsNullOrWhiteSpace(request.SourceCode) ? null : request.SourceCode.Trim(),
            PlacedBy = placedBy, PlacedAt = now,
        };
        if (request.RedeemPoints is > 0 and var points)
        {
            var ledger = await LoyaltyLedger.LoadAsync(services.Db, customerId);
            var redeemed = priced.Redeem(points, ledger.Statement(now).Points);
            if (redeemed.IsRefused)
            {
                return (null, Problems.Conflict(redeemed.Reason!));
            }

            ledger.Append(LoyaltyEntryKind.Redeemed, -points, $"Order {order.Number}", order.Id.ToString(), now);
        }

        (order.Lines, order.Subtotal, order.Discount, order.Total) = (priced.Lines, priced.Subtotal, priced.Discount, priced.Total);
        (order.PointsRedeemed, order.PointsEarned) = (priced.PointsRedeemed, priced.PointsEarned);
        foreach (var line in order.Lines)
        {
            Record(services, order, line, now);
        }

        services.Db.Add(order);
        beforeSave?.Invoke(order);
        services.Db.Publish(new OrderPlaced(order.Id, customerId, order.Number, order.Total, order.Currency, order.PointsRedeemed, order.PointsEarned, opportunityId, now), now);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return (null, Problems.Conflict("The points or the order changed meanwhile: nothing was ordered; try again."));
        }

        await services.Cache.RemoveByTagAsync(CustomerCache.Tag(customerId));
        return (order, null);
    }

    private static void Record(CustomerServices services, Order order, OrderLine line, DateTimeOffset now)
    {
        line.PurchaseId = Guid.CreateVersion7();
        services.Db.Purchases.Add(new Purchase
        {
            Id = line.PurchaseId, CustomerId = order.CustomerId, Sku = line.Sku, ProductModel = line.ProductModel, Category = line.Category,
            Amount = line.Paid, Currency = order.Currency, PurchasedAt = now, SourceCode = order.SourceCode, RecordedAt = now,
        });
        services.Db.Timeline.Add(TimelineEntry.Create(order.CustomerId, TimelineTypes.Purchase, now,
            $"Ordered {line.Quantity} × {line.ProductModel ?? line.Name} ({line.Category}) for {line.Paid:0.00} {order.Currency}, order {order.Number}", line.PurchaseId.ToString()));
        services.Db.Publish(new PurchaseRecorded(line.PurchaseId, order.CustomerId, line.Sku, line.ProductModel, line.Category, line.Paid,
            order.Currency, now, order.SourceCode, now), now);
    }

    private static string NewNumber()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        return "O-" + string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
