using Crm.BuildingBlocks.Rules;
using Crm.Surveys.Invitations;

namespace Crm.UnitTests.Surveys;

public sealed class InvitationAnswerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_invitation_takes_one_response_and_its_token_is_spent()
    {
        var invitation = new Invitation { Channel = "email", TokenHash = [1, 2, 3], Token = "token" };
        Assert.Equal(Outcome.Changed, invitation.Answer(Now));
        Assert.Equal(((DateTimeOffset?)Now, (string?)null), (invitation.RespondedAt, invitation.Token));

        Assert.Equal(Outcome.Refused("This invitation has been answered already."), invitation.Answer(Now.AddMinutes(1)));
        Assert.Equal(Now, invitation.RespondedAt);
    }
}
