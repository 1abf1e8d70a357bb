namespace Crm.Customers.Catalog;

/// <summary>Amounts and currencies as the catalog and orders take them.</summary>
public static class Money
{
    public static bool IsCurrency(string value) => value.Length == 3 && value.All(char.IsAsciiLetterUpper);
}
