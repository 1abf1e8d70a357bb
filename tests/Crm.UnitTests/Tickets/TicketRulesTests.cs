using Crm.BuildingBlocks.Rules;
using Crm.Contracts.Tickets;
using Crm.Tickets.Desk;
using Crm.Tickets.Sla;

namespace Crm.UnitTests.Tickets;

public sealed class TicketRulesTests
{
    private static readonly DateTimeOffset Monday9 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly SlaClock Sla = new(new SlaOptions().Calendar(), new SlaOptions().Targets);

    private static Ticket TicketIn(TicketStatus status) => new()
    {
        Id = Guid.CreateVersion7(), CustomerId = Guid.CreateVersion7(), Subject = "Parcel missing", Description = "d", Status = status,
        Priority = TicketPriority.Normal, CreatedAt = Monday9, ResolutionDueAt = Monday9.AddDays(3), Version = 1,
    };

    private static TicketComment Comment(DateTimeOffset at, bool isInternal = false, bool fromCustomer = false) => new()
    {
        Id = Guid.CreateVersion7(), AuthorId = "agent", Body = "Which address?", Internal = isInternal, FromCustomer = fromCustomer, At = at,
    };

    [Fact]
    public void A_closed_ticket_takes_no_more_comments()
    {
        var ticket = TicketIn(TicketStatus.Closed);
        var outcome = ticket.Comment(Comment(Monday9), Sla);
        Assert.Equal(Outcome.Refused("A closed ticket takes no more comments."), outcome);
        Assert.Empty(ticket.Comments);
        Assert.Equal(1, ticket.Version);
    }

    [Fact]
    public void The_first_public_comment_is_the_first_response_and_opens_a_new_ticket()
    {
        var ticket = TicketIn(TicketStatus.New);
        Assert.True(ticket.Comment(Comment(Monday9.AddHours(1)), Sla).IsChanged);
        Assert.Equal((TicketStatus.Open, Monday9.AddHours(1)), (ticket.Status, ticket.FirstResponseAt));
        Assert.Equal(2, ticket.Version);
        var changed = Assert.IsType<TicketStatusChanged>(Assert.Single(ticket.TakeRaisedEvents()));
        Assert.Equal(("new", "open"), (changed.FromStatus, changed.ToStatus));
    }

    [Fact]
    public void An_internal_note_is_no_first_response_and_leaves_the_status()
    {
        var ticket = TicketIn(TicketStatus.New);
        ticket.Comment(Comment(Monday9, isInternal: true), Sla);
        Assert.Equal((TicketStatus.New, (DateTimeOffset?)null), (ticket.Status, ticket.FirstResponseAt));
        Assert.Single(ticket.Comments);
        Assert.Empty(ticket.TakeRaisedEvents());
    }

    [Fact]
    public void A_public_reply_settles_the_next_reply_the_agent_owed()
    {
        var ticket = TicketIn(TicketStatus.Open);
        ticket.FirstResponseAt = Monday9;
        ticket.NextReplyDueAt = Monday9.AddHours(4);
        ticket.Comment(Comment(Monday9.AddHours(1)), Sla);
        Assert.Null(ticket.NextReplyDueAt);
    }

    [Fact]
    public void A_customer_reply_reopens_a_resolved_ticket()
    {
        var ticket = TicketIn(TicketStatus.Resolved);
        ticket.ResolvedAt = Monday9;
        var outcome = ticket.CustomerReply(Comment(Monday9.AddHours(2), fromCustomer: true), Sla);
        Assert.True(outcome.IsChanged);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Null(ticket.ResolvedAt);
        Assert.Equal(Sla.NextReplyDue(Monday9.AddHours(2), TicketPriority.Normal), ticket.NextReplyDueAt);
        var changed = Assert.IsType<TicketStatusChanged>(Assert.Single(ticket.TakeRaisedEvents()));
        Assert.Equal(("resolved", "open"), (changed.FromStatus, changed.ToStatus));
    }

    [Fact]
    public void A_customer_reply_to_a_ticket_waiting_on_them_starts_the_resolution_clock_again()
    {
        var ticket = TicketIn(TicketStatus.Open);
        ticket.MoveTo(TicketStatus.Pending, null, Monday9, Sla);
        Assert.Equal(Monday9, ticket.PausedAt);
        ticket.CustomerReply(Comment(Monday9.AddHours(1), fromCustomer: true), Sla);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Null(ticket.PausedAt);
        Assert.NotNull(ticket.NextReplyDueAt);
    }

    [Fact]
    public void A_customer_reply_to_an_open_ticket_adds_the_reply_and_changes_no_status()
    {
        var ticket = TicketIn(TicketStatus.Open);
        ticket.CustomerReply(Comment(Monday9, fromCustomer: true), Sla);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Single(ticket.Comments);
        Assert.Empty(ticket.TakeRaisedEvents());
    }

    [Fact]
    public void A_closed_ticket_takes_no_customer_reply()
    {
        var ticket = TicketIn(TicketStatus.Closed);
        Assert.Equal("This ticket is closed; please open a new one.", ticket.CustomerReply(Comment(Monday9, fromCustomer: true), Sla).Reason);
        Assert.Empty(ticket.Comments);
    }

    [Fact]
    public void The_agent_reopening_a_ticket_follows_the_same_rule_as_the_customer()
    {
        var byAgent = TicketIn(TicketStatus.Resolved);
        var byCustomer = TicketIn(TicketStatus.Resolved);
        byAgent.MoveTo(TicketStatus.Open, null, Monday9, Sla);
        byCustomer.CustomerReply(Comment(Monday9, fromCustomer: true), Sla);
        Assert.Equal((byCustomer.Status, byCustomer.ResolvedAt, byCustomer.NextReplyDueAt), (byAgent.Status, byAgent.ResolvedAt, byAgent.NextReplyDueAt));
    }

    [Fact]
    public void Resolving_records_the_resolution_and_announces_it()
    {
        var ticket = TicketIn(TicketStatus.Open);
        Assert.True(ticket.MoveTo(TicketStatus.Resolved, "Sent a new parcel", Monday9, Sla).IsChanged);
        Assert.Equal(("Sent a new parcel", (DateTimeOffset?)Monday9), (ticket.Resolution, ticket.ResolvedAt));
        var events = ticket.TakeRaisedEvents();
        Assert.Equal([typeof(TicketStatusChanged), typeof(TicketResolved)], events.Select(e => e.GetType()));
        Assert.Equal("Sent a new parcel", ((TicketResolved)events[1]).Resolution);
    }

    [Fact]
    public void A_ticket_moves_only_along_its_workflow()
    {
        var ticket = TicketIn(TicketStatus.Closed);
        Assert.Equal("A closed ticket cannot become open.", ticket.MoveTo(TicketStatus.Open, null, Monday9, Sla).Reason);
        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Empty(ticket.TakeRaisedEvents());
    }

    [Fact]
    public void Assigning_hands_the_ticket_over_and_a_closed_one_cannot_be_reassigned()
    {
        var ticket = TicketIn(TicketStatus.Open);
        ticket.AssigneeId = "olga";
        Assert.True(ticket.Assign("paulo", Monday9).IsChanged);
        var assigned = Assert.IsType<TicketAssigned>(Assert.Single(ticket.TakeRaisedEvents()));
        Assert.Equal(("olga", "paulo"), (assigned.PreviousAssigneeId, assigned.AssigneeId));

        ticket.MoveTo(TicketStatus.Resolved, null, Monday9, Sla);
        ticket.MoveTo(TicketStatus.Closed, null, Monday9, Sla);
        Assert.Equal("A closed ticket cannot be reassigned.", ticket.Assign("rita", Monday9).Reason);
        Assert.Equal("paulo", ticket.AssigneeId);
    }

    [Fact]
    public void Correcting_a_closed_ticket_is_refused_and_a_new_priority_is_announced()
    {
        var closed = TicketIn(TicketStatus.Closed);
        var correction = new TicketCorrection("New subject", "d", null, null, TicketPriority.High);
        Assert.Equal("A closed ticket cannot be changed.", closed.Correct(correction, Monday9, Sla).Reason);
        Assert.Equal("Parcel missing", closed.Subject);

        var open = TicketIn(TicketStatus.Open);
        Assert.True(open.Correct(correction, Monday9, Sla).IsChanged);
        Assert.Equal(("New subject", TicketPriority.High), (open.Subject, open.Priority));
        var changed = Assert.IsType<TicketPriorityChanged>(Assert.Single(open.TakeRaisedEvents()));
        Assert.Equal(("normal", "high"), (changed.FromPriority, changed.ToPriority));
    }
}
