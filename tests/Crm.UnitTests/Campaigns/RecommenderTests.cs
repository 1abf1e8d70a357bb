using Crm.Campaigns.CrossSell;

namespace Crm.UnitTests.Campaigns;

public sealed class RecommenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Products_often_owned_with_what_the_customer_owns_are_suggested_with_their_reason()
    {
        var owned = new HashSet<string> { "X100" };
        var pairs = new[]
        {
            new ProductPair { Product = "X100", OtherProduct = "Case", Customers = 8 },
            new ProductPair { Product = "X100", OtherProduct = "Charger", Customers = 3 },
            new ProductPair { Product = "X100", OtherProduct = "Rare", Customers = 1 },
        };

        var items = Recommender.Recommend(owned, pairs, new Dictionary<string, int> { ["X100"] = 10 }, [], Now);

        Assert.Equal(["Case", "Charger"], items.Select(i => i.Item));
        Assert.Equal(0.8, items[0].Score);
        Assert.Equal("8 of 10 customers who own X100 also bought Case.", items[0].Reason);
        Assert.All(items, i => Assert.Equal(Recommendation.BoughtTogether, i.Kind));
    }

    [Fact]
    public void Products_already_owned_are_not_suggested_and_due_replenishments_come_first()
    {
        var owned = new HashSet<string> { "X100", "Case" };
        var pairs = new[] { new ProductPair { Product = "X100", OtherProduct = "Case", Customers = 8 } };
        var history = new[] { -75, -45, -15 }.Select(d => new PurchasePoint("coffee", Now.AddDays(d - 20)));

        var items = Recommender.Recommend(owned, pairs, new Dictionary<string, int> { ["X100"] = 10 }, history, Now);

        var due = Assert.Single(items);
        Assert.Equal(Recommendation.ReplenishmentKind, due.Kind);
        Assert.Equal("coffee", due.Item);
        Assert.Contains("about every 30 days", due.Reason);
    }
}
