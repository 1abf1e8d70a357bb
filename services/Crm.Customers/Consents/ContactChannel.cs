namespace Crm.Customers.Consents;

public enum ContactChannel
{
    Email,
    Sms,
    Phone,
    Social,
}
