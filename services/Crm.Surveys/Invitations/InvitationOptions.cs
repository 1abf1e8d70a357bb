namespace Crm.Surveys.Invitations;

public sealed class InvitationOptions
{
    public const string Section = "Surveys:Invitations";

    public TimeSpan ValidFor { get; set; } = TimeSpan.FromDays(14);
}
