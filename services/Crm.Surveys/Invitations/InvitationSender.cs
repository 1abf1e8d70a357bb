using Crm.BuildingBlocks.ContactPressure;
using Crm.Contracts.Surveys;
using Crm.Surveys.Data;
using Crm.Surveys.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Surveys.Invitations;

/// <summary>
/// Decides and records invitations: erased and unknown customers are skipped, consent is honoured (a grant for
/// marketing, no withdrawal for the transactional CSAT), and the shared contact-pressure policy has the last word.
/// </summary>
public sealed class InvitationSender(IContactPressure pressure, IOptions<InvitationOptions> options, TimeProvider time)
{
    public async Task<(List<Invited> Invited, List<Skipped> Skipped)> InviteAsync(
        SurveysDbContext db, Survey survey, IReadOnlyCollection<Guid> customerIds, string channel, bool transactional, Guid? ticketId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var respondents = await db.Respondents.AsNoTracking().Where(r => customerIds.Contains(r.CustomerId)).ToDictionaryAsync(r => r.CustomerId, ct);
        var invited = new List<Invited>();
        var skipped = new List<Skipped>();
        foreach (var customerId in customerIds.Distinct())
        {
            if (!respondents.TryGetValue(customerId, out var respondent))
            {
                skipped.Add(new Skipped(customerId, "unknown-customer"));
                continue;
            }

            if (respondent.Erased)
            {
                skipped.Add(new Skipped(customerId, "erased"));
                continue;
            }

            if (!respondent.MayContact(channel, transactional))
            {
                skipped.Add(new Skipped(customerId, "no-consent"));
                continue;
            }

            var invitationId = Guid.CreateVersion7();
            if (!await pressure.TryReserveAsync(customerId, $"survey:{invitationId}", transactional, ct))
            {
                skipped.Add(new Skipped(customerId, "contact-pressure"));
                continue;
            }

            var (token, hash) = InvitationTokens.Create();
            db.Invitations.Add(new Invitation
            {
                Id = invitationId, SurveyId = survey.Id, SurveyVersion = survey.PublishedVersion, CustomerId = customerId, Channel = channel,
                TokenHash = hash, Token = token, Transactional = transactional, TicketId = ticketId, SentAt = now, ExpiresAt = now + options.Value.ValidFor,
            });
            db.Publish(new SurveyInvitationSent(invitationId, survey.Id, customerId, channel, transactional, now), now);
            invited.Add(new Invited(customerId, invitationId));
        }

        return (invited, skipped);
    }
}
