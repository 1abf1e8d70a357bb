namespace Crm.Campaigns.Audience;

/// <summary>The profile fields marketing keeps from CustomerRegistered/CustomerUpdated.</summary>
public sealed record ProfileSnapshot(
    string FirstName, string LastName, string Email, int? BirthYear, string? Gender, string? City, string? Country, string LifecycleStage);
