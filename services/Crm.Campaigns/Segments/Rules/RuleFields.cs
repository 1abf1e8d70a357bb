namespace Crm.Campaigns.Segments.Rules;

/// <summary>The catalogue of segment fields: their JSON names, kinds and allowed operators.</summary>
public static class RuleFields
{
    public const string PartnerPrefix = "partner.";

    private static readonly Dictionary<string, (RuleField Field, FieldKind Kind)> ByName = new(StringComparer.Ordinal)
    {
        ["customerId"] = (RuleField.CustomerId, FieldKind.Id),
        ["email"] = (RuleField.Email, FieldKind.Text),
        ["lifecycleStage"] = (RuleField.LifecycleStage, FieldKind.Text),
        ["city"] = (RuleField.City, FieldKind.Text),
        ["country"] = (RuleField.Country, FieldKind.Text),
        ["gender"] = (RuleField.Gender, FieldKind.Text),
        ["birthYear"] = (RuleField.BirthYear, FieldKind.Number),
        ["totalSpent"] = (RuleField.TotalSpent, FieldKind.Number),
        ["purchaseCount"] = (RuleField.PurchaseCount, FieldKind.Number),
        ["daysSinceLastPurchase"] = (RuleField.DaysSinceLastPurchase, FieldKind.Number),
        ["ownsProductModel"] = (RuleField.OwnsProductModel, FieldKind.ProductSet),
        ["replenishmentDue"] = (RuleField.ReplenishmentDue, FieldKind.Flag),
    };

    private static readonly Dictionary<string, RuleOperator> OperatorNames =
        Enum.GetValues<RuleOperator>().ToDictionary(o => o.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public static bool TryParseOperator(string name, out RuleOperator op) => OperatorNames.TryGetValue(name, out op);

    public static IEnumerable<string> Names => ByName.Keys.Append(PartnerPrefix + "<attribute>");

    public static bool TryResolve(string name, out RuleField field, out FieldKind kind, out string? partnerAttribute)
    {
        partnerAttribute = null;
        if (name.StartsWith(PartnerPrefix, StringComparison.Ordinal) && name.Length > PartnerPrefix.Length)
        {
            (field, kind, partnerAttribute) = (RuleField.Partner, FieldKind.PartnerText, name[PartnerPrefix.Length..]);
            return true;
        }

        if (ByName.TryGetValue(name, out var entry))
        {
            (field, kind) = entry;
            return true;
        }

        (field, kind) = (default, default);
        return false;
    }

    public static IReadOnlyList<RuleOperator> OperatorsOf(FieldKind kind) => kind switch
    {
        FieldKind.Number => [RuleOperator.Eq, RuleOperator.Neq, RuleOperator.Gt, RuleOperator.Gte, RuleOperator.Lt, RuleOperator.Lte, RuleOperator.In],
        FieldKind.Flag => [RuleOperator.Eq, RuleOperator.Neq],
        FieldKind.Id => [RuleOperator.Eq, RuleOperator.Neq, RuleOperator.In],
        _ => [RuleOperator.Eq, RuleOperator.Neq, RuleOperator.In, RuleOperator.Contains],
    };
}
