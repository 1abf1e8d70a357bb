namespace Crm.Tickets.Customers;

public sealed record DirectoryCustomerResponse(Guid CustomerId, string FirstName, string LastName, string? AccountOwnerId, IReadOnlyList<string> ProductModels);
