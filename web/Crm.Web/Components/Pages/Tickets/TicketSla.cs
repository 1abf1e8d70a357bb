using Crm.Web.Api.Client.Models;

namespace Crm.Web.Components.Pages.Tickets;

/// <summary>The deadline a ticket is racing now: its first response until someone answered, then its resolution.</summary>
public sealed record TicketSla(string Label, DateTimeOffset CreatedAt, DateTimeOffset DueAt, bool Paused, bool Breached, bool Done)
{
    public static TicketSla? Of(DateTimeOffset? createdAt, DateTimeOffset? firstResponseAt, TicketStatus? status, SlaDeadlines? sla)
    {
        if (sla?.FirstResponseDueAt is not { } firstDue || sla.ResolutionDueAt is not { } resolutionDue || createdAt is not { } created)
        {
            return null;
        }

        var done = status is TicketStatus.Resolved or TicketStatus.Closed;
        return firstResponseAt is null && !done
            ? new("First response", created, firstDue, sla.Paused == true, sla.FirstResponseBreached == true, false)
            : new("Resolution", created, resolutionDue, sla.Paused == true, sla.ResolutionBreached == true, done);
    }
}
