using Crm.BuildingBlocks.Rules;
using Crm.Contracts.Tickets;
using Crm.Tickets.Desk;
using static Crm.UnitTests.Tickets.TicketExamples;

namespace Crm.UnitTests.Tickets;

/// <summary>Comments from the desk and replies from the customer, and what they do to the ticket.</summary>
public sealed class TicketConversationTests
{
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
        var raised = ticket.TakeRaisedEvents();
        Assert.IsType<TicketRepliedToCustomer>(raised[0]);
        var changed = Assert.IsType<TicketStatusChanged>(Assert.Single(raised.OfType<TicketStatusChanged>()));
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
}
