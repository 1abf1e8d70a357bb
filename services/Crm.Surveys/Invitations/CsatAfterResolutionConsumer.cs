using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Tickets;
using Crm.Surveys.Data;
using Crm.Surveys.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Invitations;

/// <summary>A resolved ticket invites its customer to the built-in CSAT survey, once per ticket (a transactional contact).</summary>
public sealed class CsatAfterResolutionConsumer(TimeProvider time, InvitationSender sender) : InboxConsumer<TicketResolved, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(TicketResolved message, CancellationToken ct)
    {
        if (await Db.Invitations.AnyAsync(i => i.TicketId == message.TicketId, ct))
        {
            return;
        }

        var csat = await Db.Surveys.FirstAsync(s => s.Id == BuiltInSurveys.CsatId, ct);
        await sender.InviteAsync(Db, csat, [message.CustomerId], "email", transactional: true, ticketId: message.TicketId, ct);
    }
}
