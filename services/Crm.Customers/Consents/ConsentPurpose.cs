namespace Crm.Customers.Consents;

public enum ConsentPurpose
{
    Marketing,
    PartnerSharing,
}
