namespace Crm.Customers.Profiles;

/// <summary>Everything cached about one customer carries this tag, so any change removes it all at once.</summary>
public static class CustomerCache
{
    public static string Tag(Guid customerId) => $"customer:{customerId}";

    public static string ProfileKey(Guid customerId) => $"customer:{customerId}:profile";
}
