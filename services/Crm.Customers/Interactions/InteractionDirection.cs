namespace Crm.Customers.Interactions;

public enum InteractionDirection
{
    Inbound,
    Outbound,
}
