namespace Crm.Customers.Interactions;

public enum InteractionChannel
{
    Phone,
    Email,
    Chat,
    Web,
    Social,
    Sms,
    InPerson,
}
