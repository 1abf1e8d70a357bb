namespace Crm.Customers.Consents;

public sealed record ConsentRequest(ConsentPurpose? Purpose, ContactChannel? Channel, bool? Granted);
