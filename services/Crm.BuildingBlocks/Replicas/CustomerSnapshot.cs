using Crm.Contracts.Customers;

namespace Crm.BuildingBlocks.Replicas;

/// <summary>A customer's profile as one event carried it, with the profile version it had (a registration is version 1).</summary>
public sealed record CustomerSnapshot(
    Guid CustomerId, string FirstName, string LastName, string Email, string? Phone, int? BirthYear, string? Gender, string? City,
    string? Country, string LifecycleStage, string? AccountOwnerId, long Version, DateTimeOffset OccurredAt)
{
    public const long RegisteredVersion = 1;

    public static CustomerSnapshot Of(CustomerRegistered message) => new(
        message.CustomerId, message.FirstName, message.LastName, message.Email, message.Phone, message.BirthYear, message.Gender, message.City,
        message.Country, message.LifecycleStage, message.AccountOwnerId, RegisteredVersion, message.OccurredAt);

    public static CustomerSnapshot Of(CustomerUpdated message) => new(
        message.CustomerId, message.FirstName, message.LastName, message.Email, message.Phone, message.BirthYear, message.Gender, message.City,
        message.Country, message.LifecycleStage, message.AccountOwnerId, message.Version, message.OccurredAt);
}
