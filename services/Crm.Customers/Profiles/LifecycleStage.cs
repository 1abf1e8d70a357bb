namespace Crm.Customers.Profiles;

public enum LifecycleStage
{
    Prospect,
    Lead,
    Customer,
    Churned,
}
