using Crm.Contracts.Tickets;
using Crm.Tickets.Desk;
using static Crm.UnitTests.Tickets.TicketExamples;

namespace Crm.UnitTests.Tickets;

/// <summary>The ticket's workflow, its assignment and corrections of its details.</summary>
public sealed class TicketRulesTests
{
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
