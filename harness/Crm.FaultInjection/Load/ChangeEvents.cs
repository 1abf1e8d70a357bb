namespace Crm.FaultInjection.Load;

public static class ChangeEvents
{
    public const string Registered = "Crm.Contracts.Customers.CustomerRegistered";
    public const string Updated = "Crm.Contracts.Customers.CustomerUpdated";
    public const string ConsentChanged = "Crm.Contracts.Customers.CustomerConsentChanged";

    public static readonly IReadOnlyList<string> All = [Registered, Updated, ConsentChanged];

    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Registration => Registered,
        ChangeKind.ProfileUpdate => Updated,
        _ => ConsentChanged,
    };
}
