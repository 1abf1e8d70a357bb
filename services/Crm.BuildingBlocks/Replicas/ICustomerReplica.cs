namespace Crm.BuildingBlocks.Replicas;

/// <summary>
/// A service's own copy of a customer, built from the customers service's events, which may arrive late, twice or
/// out of order. <see cref="CustomerReplica"/> applies them; the row only says what it keeps of a snapshot and what it forgets.
/// </summary>
public interface ICustomerReplica
{
    /// <summary>The profile version last applied; 0 while only other events (a purchase, a consent) have made the row.</summary>
    long Version { get; set; }

    /// <summary>A tombstone: the customer was erased and no later event brings them back.</summary>
    bool Erased { get; set; }

    /// <summary>Takes what this service keeps of the profile.</summary>
    void Copy(CustomerSnapshot snapshot);

    /// <summary>Forgets everything that identifies the person; the row stays as a tombstone.</summary>
    void Forget();
}
