using Crm.Tickets.Desk;
using Crm.Tickets.Reports;
using Crm.Tickets.Sla;

namespace Crm.UnitTests.Tickets;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Monday9 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static SlaClock Clock() => new(new SlaOptions { WorkingPeriods = ["Monday 09:00-17:00", "Tuesday 09:00-17:00", "Wednesday 09:00-17:00", "Thursday 09:00-17:00", "Friday 09:00-17:00"] }.Calendar(),
        new SlaOptions().Targets);

    [Fact]
    public void Deadlines_follow_the_priority_in_business_hours()
    {
        var (firstResponse, resolution) = Clock().Deadlines(Monday9, TicketPriority.High);
        Assert.Equal(Monday9.AddHours(4), firstResponse);
        Assert.Equal(Monday9.AddDays(2).AddHours(8), resolution); // 24 business hours = three 8-hour days
    }

    [Fact]
    public void Pending_pauses_the_resolution_clock_and_resuming_keeps_the_time_that_was_left()
    {
        var clock = Clock();
        var ticket = new Ticket { Subject = "s", Description = "d", ResolutionDueAt = Monday9.AddHours(8) }; // Monday 17:00
        SlaClock.Pause(ticket, Monday9.AddHours(2)); // 6 business hours left
        clock.Resume(ticket, Monday9.AddDays(2)); // Wednesday 09:00
        Assert.Null(ticket.PausedAt);
        Assert.Equal(Monday9.AddDays(2).AddHours(6), ticket.ResolutionDueAt);
    }

    [Fact]
    public void Raising_the_priority_keeps_the_business_time_used_and_owes_what_the_new_target_leaves()
    {
        var clock = Clock();
        var (firstResponse, resolution) = clock.Deadlines(Monday9, TicketPriority.Normal); // 8 h and 72 h
        var ticket = new Ticket { Subject = "s", Description = "d", Priority = TicketPriority.Normal, FirstResponseDueAt = firstResponse, ResolutionDueAt = resolution };

        clock.Reprioritise(ticket, TicketPriority.High, Monday9.AddHours(3)); // high: 4 h first response, 24 h resolution

        Assert.Equal(TicketPriority.High, ticket.Priority);
        Assert.Equal(Monday9.AddHours(4), ticket.FirstResponseDueAt);
        Assert.Equal(Monday9.AddDays(2).AddHours(8), ticket.ResolutionDueAt);
    }

    [Fact]
    public void Raising_the_priority_past_the_time_already_used_makes_the_target_due_at_once()
    {
        var clock = Clock();
        var (firstResponse, resolution) = clock.Deadlines(Monday9, TicketPriority.Normal);
        var ticket = new Ticket { Subject = "s", Description = "d", Priority = TicketPriority.Normal, FirstResponseDueAt = firstResponse, ResolutionDueAt = resolution };

        clock.Reprioritise(ticket, TicketPriority.Urgent, Monday9.AddHours(2)); // urgent: 1 h first response, already used 2 h

        Assert.Equal(Monday9.AddHours(2), ticket.FirstResponseDueAt);
        Assert.Equal(Monday9.AddHours(8), ticket.ResolutionDueAt);
    }

    [Fact]
    public void Lowering_the_priority_of_a_pending_ticket_counts_from_the_pause_and_clears_an_early_warning()
    {
        var clock = Clock();
        var ticket = new Ticket
        {
            Subject = "s", Description = "d", Priority = TicketPriority.Urgent, FirstResponseAt = Monday9.AddMinutes(30),
            FirstResponseDueAt = Monday9.AddHours(1), ResolutionDueAt = Monday9.AddHours(8), ResolutionWarned = true,
        };
        SlaClock.Pause(ticket, Monday9.AddHours(6)); // 6 of 8 business hours used

        clock.Reprioritise(ticket, TicketPriority.Normal, Monday9.AddDays(1)); // normal: 72 h, 66 h left from the pause

        Assert.Equal(Monday9.AddHours(1), ticket.FirstResponseDueAt); // met already: unchanged
        Assert.Equal(clock.Deadlines(Monday9, TicketPriority.Normal).ResolutionDue, ticket.ResolutionDueAt);
        Assert.False(ticket.ResolutionWarned);
    }

    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.Open, true)]
    [InlineData(TicketStatus.Open, TicketStatus.Pending, true)]
    [InlineData(TicketStatus.Pending, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Open, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed, true)]
    [InlineData(TicketStatus.Closed, TicketStatus.Resolved, false)]
    [InlineData(TicketStatus.Closed, TicketStatus.Open, false)]
    [InlineData(TicketStatus.Open, TicketStatus.Closed, false)]
    [InlineData(TicketStatus.Open, TicketStatus.Open, false)]
    public void The_workflow_allows_only_its_transitions(TicketStatus from, TicketStatus to, bool allowed)
    {
        Assert.Equal(allowed, TicketWorkflow.CanMove(from, to));
    }

    [Fact]
    public void The_report_matches_a_hand_computed_fixture()
    {
        var t0 = Monday9;
        TicketFact Fact(TicketStatus s, TicketPriority p, int? respondedAfterMin, int? resolvedAfterH) =>
            new(s, p, t0, respondedAfterMin is { } m ? t0.AddMinutes(m) : null, t0.AddMinutes(60), resolvedAfterH is { } h ? t0.AddHours(h) : null, t0.AddHours(8));

        var report = SlaReport.Compute([
            Fact(TicketStatus.Resolved, TicketPriority.Urgent, 30, 4),   // both met
            Fact(TicketStatus.Closed, TicketPriority.High, 90, 10),      // both missed
            Fact(TicketStatus.Open, TicketPriority.Normal, 45, null),    // response met, resolution due later: not measured
            Fact(TicketStatus.New, TicketPriority.Normal, null, null),   // response due passed without one: missed
        ], now: t0.AddHours(2));

        Assert.Equal(4, report.Tickets);
        Assert.Equal(1, report.ByStatus["resolved"]);
        Assert.Equal(2, report.ByPriority["normal"]);
        Assert.Equal(50.0, report.FirstResponseAttainment); // 2 of 4 measured
        Assert.Equal(50.0, report.ResolutionAttainment);    // 1 of 2 measured
        Assert.Equal(45.0, report.MedianMinutesToFirstResponse); // 30, 45, 90
    }
}
