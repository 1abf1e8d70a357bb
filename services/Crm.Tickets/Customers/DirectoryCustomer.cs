using Crm.BuildingBlocks.Replicas;

namespace Crm.Tickets.Customers;

/// <summary>What the service desk knows of a customer, built from customer events: who they are, who owns them, what they own.</summary>
public sealed class DirectoryCustomer : ICustomerReplica
{
    public Guid CustomerId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? AccountOwnerId { get; set; }
    /// <summary>The trimmed lower-case email: how a mail or a contact form finds the customer (empty when unknown or erased).</summary>
    public string Email { get; set; } = "";
    /// <summary>Product models the customer owns, from their purchases (distinct, in purchase order).</summary>
    public List<string> ProductModels { get; set; } = [];
    /// <summary>0 while only a purchase or an erasure has arrived and the desk does not know the customer's profile yet.</summary>
    public long Version { get; set; }
    public bool Erased { get; set; }

    public void Copy(CustomerSnapshot snapshot) =>
        (FirstName, LastName, AccountOwnerId, Email) = (snapshot.FirstName, snapshot.LastName, snapshot.AccountOwnerId, NormalizeEmail(snapshot.Email));

    public void Forget() => (FirstName, LastName, AccountOwnerId, ProductModels, Email) = ("", "", null, [], "");

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
