using Crm.Customers.Data;
using Microsoft.Extensions.Caching.Hybrid;

namespace Crm.Customers.Profiles;

/// <summary>What the customer endpoints need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record CustomerServices(CustomersDbContext Db, TimeProvider Time, HybridCache Cache, ILogger<CustomerServices> Logger);
