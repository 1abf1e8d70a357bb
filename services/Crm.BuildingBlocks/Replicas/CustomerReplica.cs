namespace Crm.BuildingBlocks.Replicas;

/// <summary>
/// The one way a customer replica changes: a snapshot applies only when it is newer than the one held and the customer
/// is not erased; an erasure forgets the person and leaves a tombstone that outranks every version. So duplicates,
/// late updates and updates after an erasure change nothing, in every service alike.
/// </summary>
public static class CustomerReplica
{
    /// <summary>Applies the snapshot when it is newer; false when it changed nothing.</summary>
    public static bool Apply(ICustomerReplica replica, CustomerSnapshot snapshot)
    {
        if (replica.Erased || snapshot.Version <= replica.Version)
        {
            return false;
        }

        replica.Copy(snapshot);
        replica.Version = snapshot.Version;
        return true;
    }

    /// <summary>Forgets the person; false when the replica was a tombstone already.</summary>
    public static bool Erase(ICustomerReplica replica)
    {
        if (replica.Erased)
        {
            return false;
        }

        replica.Forget();
        replica.Erased = true;
        replica.Version = long.MaxValue;
        return true;
    }
}
