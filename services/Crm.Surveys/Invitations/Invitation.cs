using Crm.BuildingBlocks.Rules;

namespace Crm.Surveys.Invitations;

/// <summary>A single-use invitation: its token is the respondent's credential and is stored only as a hash.</summary>
public sealed class Invitation
{
    public Guid Id { get; set; }
    public Guid SurveyId { get; set; }
    public int SurveyVersion { get; set; }
    public Guid CustomerId { get; set; }
    public required string Channel { get; set; }
    public required byte[] TokenHash { get; set; }
    /// <summary>The token itself, kept only until the invitation is answered or expires, so the customer's apps can show it (GET /api/me/surveys).</summary>
    public string? Token { get; set; }
    public bool Transactional { get; set; }
    /// <summary>The resolved ticket a CSAT invitation is about (one invitation per ticket).</summary>
    public Guid? TicketId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public bool Cancelled { get; set; }

    /// <summary>One response per invitation: answering spends it, and its token with it.</summary>
    public Outcome Answer(DateTimeOffset now)
    {
        if (RespondedAt is not null)
        {
            return Outcome.Refused("This invitation has been answered already.");
        }

        (RespondedAt, Token) = (now, null);
        return Outcome.Changed;
    }
}
