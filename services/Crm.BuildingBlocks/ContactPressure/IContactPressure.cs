namespace Crm.BuildingBlocks.ContactPressure;

public interface IContactPressure
{
    /// <summary>
    /// Atomically reserves a contact slot for the customer. Reserving the same <paramref name="contactId"/> again
    /// (a retried send) succeeds without using a second slot. False when the customer is at the limit.
    /// </summary>
    Task<bool> TryReserveAsync(Guid customerId, string contactId, bool transactional, CancellationToken ct = default);

    /// <summary>
    /// <see cref="TryReserveAsync"/> for many contacts at once, decided in the order given (two contacts of one
    /// customer compete for that customer's slots); the answer at index i is for <paramref name="contacts"/>[i].
    /// </summary>
    Task<IReadOnlyList<bool>> TryReserveManyAsync(IReadOnlyList<ContactRequest> contacts, bool transactional, CancellationToken ct = default);

    /// <summary>Gives a slot back when the contact was not made after all.</summary>
    Task ReleaseAsync(Guid customerId, string contactId, CancellationToken ct = default);

    /// <summary>How many counted contacts the customer had within the window.</summary>
    Task<int> CountAsync(Guid customerId, CancellationToken ct = default);
}
