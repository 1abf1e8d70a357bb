namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>A segment member as the launch reads them: personalisation fields and whether the channel may reach them.</summary>
public sealed record LaunchCandidate(Guid CustomerId, string? FirstName, string? LastName, string? City, string? Email, bool ChannelAllowed);
