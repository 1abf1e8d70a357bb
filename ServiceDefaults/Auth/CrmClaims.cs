namespace Crm.ServiceDefaults.Auth;

public static class CrmClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string CustomerId = "customer_id";
}
