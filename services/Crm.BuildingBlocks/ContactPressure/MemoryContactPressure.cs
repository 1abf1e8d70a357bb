using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.ContactPressure;

/// <summary>In-process contact pressure for a suite without Redis (one process per service: not shared across services).</summary>
public sealed class MemoryContactPressure(IOptions<ContactPressureOptions> options, TimeProvider time) : IContactPressure
{
    private readonly Dictionary<Guid, Dictionary<string, DateTimeOffset>> _contacts = [];
    private readonly Lock _gate = new();

    public Task<bool> TryReserveAsync(Guid customerId, string contactId, bool transactional, CancellationToken ct = default)
    {
        var policy = options.Value;
        if (transactional && !policy.CountTransactional)
        {
            return Task.FromResult(true);
        }

        lock (_gate)
        {
            var contacts = Trimmed(customerId);
            if (contacts.ContainsKey(contactId))
            {
                return Task.FromResult(true);
            }

            if (contacts.Count >= policy.MaxContacts)
            {
                return Task.FromResult(false);
            }

            contacts[contactId] = time.GetUtcNow();
            return Task.FromResult(true);
        }
    }

    public async Task<IReadOnlyList<bool>> TryReserveManyAsync(IReadOnlyList<ContactRequest> contacts, bool transactional, CancellationToken ct = default)
    {
        var answers = new bool[contacts.Count];
        for (var i = 0; i < contacts.Count; i++)
        {
            answers[i] = await TryReserveAsync(contacts[i].CustomerId, contacts[i].ContactId, transactional, ct);
        }

        return answers;
    }

    public Task ReleaseAsync(Guid customerId, string contactId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            Trimmed(customerId).Remove(contactId);
        }

        return Task.CompletedTask;
    }

    public Task<int> CountAsync(Guid customerId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(Trimmed(customerId).Count);
        }
    }

    private Dictionary<string, DateTimeOffset> Trimmed(Guid customerId)
    {
        if (!_contacts.TryGetValue(customerId, out var contacts))
        {
            _contacts[customerId] = contacts = [];
        }

        var since = time.GetUtcNow() - options.Value.Window;
        foreach (var old in contacts.Where(c => c.Value <= since).Select(c => c.Key).ToList())
        {
            contacts.Remove(old);
        }

        return contacts;
    }
}
