namespace Crm.Campaigns.Segments.Rules;

public enum RuleField
{
    CustomerId,
    Email,
    LifecycleStage,
    City,
    Country,
    Gender,
    BirthYear,
    TotalSpent,
    PurchaseCount,
    DaysSinceLastPurchase,
    OwnsProductModel,
    ReplenishmentDue,
    Partner,
}
