namespace Crm.FaultInjection.Load;

/// <summary>State changes the driver makes through the gateway, and the event each one commits with.</summary>
public enum ChangeKind
{
    /// <summary><c>POST /api/customers</c> → CustomerRegistered.</summary>
    Registration,
    /// <summary><c>PATCH /api/customers/{id}</c> → CustomerUpdated.</summary>
    ProfileUpdate,
    /// <summary><c>PUT /api/customers/{id}/consents</c> → CustomerConsentChanged.</summary>
    ConsentChange,
}
