using Bunit;
using Crm.Web.Components.Shared;

namespace Crm.WebTests.Components;

/// <summary>The SLA timer's colour and words, rendered as the queue renders them (no suite needed).</summary>
public sealed class SlaTimerTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Created.AddHours(8);
    private readonly BunitContext _context = new();

    [Theory]
    [InlineData(60, "ok", "7 h 00 min left")]
    [InlineData(6 * 60 + 1, "warning", "1 h 59 min left")]
    [InlineData(7 * 60 + 45, "warning", "15 min left")]
    [InlineData(8 * 60 + 12, "breached", "overdue by 12 min")]
    public void The_timer_turns_amber_in_the_last_quarter_and_red_once_the_deadline_has_passed(int minutesAfterCreation, string level, string text)
    {
        var timer = Render(Created.AddMinutes(minutesAfterCreation));

        var span = timer.Find("span.sla");
        Assert.Contains($"sla-{level}", span.ClassList);
        Assert.Equal($"First response: {text}", span.TextContent.Trim());
    }

    [Fact]
    public void A_deadline_the_service_reports_as_breached_is_red_even_before_the_clock_says_so()
    {
        var timer = Render(Created.AddHours(1), breached: true);

        Assert.Contains("sla-breached", timer.Find("span.sla").ClassList);
    }

    [Fact]
    public void A_paused_clock_says_so_and_a_met_deadline_is_no_longer_urgent()
    {
        Assert.Equal("First response: paused", Render(Created.AddHours(7), paused: true).Find("span.sla").TextContent.Trim());
        Assert.Contains("sla-done", Render(Created.AddHours(9), done: true).Find("span.sla").ClassList);
    }

    [Fact]
    public void Less_than_half_an_hour_left_is_amber_even_in_a_long_window()
    {
        Assert.Equal(SlaLevel.Warning, SlaCountdown.Level(Created, Created.AddDays(3), Created.AddDays(3).AddMinutes(-29), false, false, false));
        Assert.Equal(SlaLevel.Ok, SlaCountdown.Level(Created, Created.AddDays(3), Created.AddDays(2), false, false, false));
    }

    private IRenderedComponent<SlaTimer> Render(DateTimeOffset now, bool paused = false, bool breached = false, bool done = false) =>
        _context.Render<SlaTimer>(p => p
            .Add(t => t.Label, "First response")
            .Add(t => t.CreatedAt, Created)
            .Add(t => t.DueAt, Due)
            .Add(t => t.Now, now)
            .Add(t => t.Paused, paused)
            .Add(t => t.Breached, breached)
            .Add(t => t.Done, done));

    public void Dispose() => _context.Dispose();
}
