namespace Crm.Customers.Profiles;

public static class CustomerLimits
{
    public const int Name = 100;
    public const int Email = 254;
    public const int Phone = 32;
    public const int Place = 100;
    public const int Short = 64;
    public const int Handle = 100;
}
