namespace Crm.Tickets.Desk;

public sealed class TeamOptions
{
    public const string Section = "Tickets:Teams";

    /// <summary>Agents (JWT subjects) per team; tickets without an account owner go to the default team.</summary>
    public Dictionary<string, List<string>> Teams { get; set; } = [];
    public string DefaultTeam { get; set; } = "service-desk";
}
