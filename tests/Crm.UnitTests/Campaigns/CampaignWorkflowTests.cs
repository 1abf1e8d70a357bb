using Crm.BuildingBlocks.Rules;
using Crm.Campaigns.Campaigns;

namespace Crm.UnitTests.Campaigns;

public sealed class CampaignWorkflowTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static Campaign CampaignIn(CampaignStatus status) => new() { Name = "Spring", Body = "Hello", SourceCode = "SPRING", Status = status, Version = 3 };

    [Fact]
    public void A_draft_campaign_is_scheduled_for_the_time_asked_in_utc()
    {
        var campaign = CampaignIn(CampaignStatus.Draft);
        Assert.Equal(Outcome.Changed, campaign.Schedule(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(2))));
        Assert.Equal((CampaignStatus.Scheduled, (DateTimeOffset?)new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), 4L), (campaign.Status, campaign.ScheduledAt, campaign.Version));
        Assert.Equal(TimeSpan.Zero, campaign.ScheduledAt!.Value.Offset);
    }

    [Theory]
    [InlineData(CampaignStatus.Running, "A running campaign cannot be scheduled.")]
    [InlineData(CampaignStatus.Completed, "A completed campaign cannot be scheduled.")]
    [InlineData(CampaignStatus.Cancelled, "A cancelled campaign cannot be scheduled.")]
    public void Only_a_campaign_not_yet_launched_can_be_scheduled(CampaignStatus status, string reason)
    {
        var campaign = CampaignIn(status);
        Assert.Equal(Outcome.Refused(reason), campaign.Schedule(Noon));
        Assert.Equal((status, 3L), (campaign.Status, campaign.Version));
    }

    [Fact]
    public void Launching_a_scheduled_campaign_runs_it_from_now()
    {
        var campaign = CampaignIn(CampaignStatus.Scheduled);
        Assert.Equal(Outcome.Changed, campaign.Launch(Noon));
        Assert.Equal((CampaignStatus.Running, (DateTimeOffset?)Noon, 4L), (campaign.Status, campaign.LaunchedAt, campaign.Version));
    }

    [Theory]
    [InlineData(CampaignStatus.Running)]
    [InlineData(CampaignStatus.Completed)]
    public void A_repeated_launch_changes_nothing(CampaignStatus status)
    {
        var campaign = CampaignIn(status);
        Assert.Equal(Outcome.Unchanged, campaign.Launch(Noon));
        Assert.Equal((status, (DateTimeOffset?)null, 3L), (campaign.Status, campaign.LaunchedAt, campaign.Version));
    }

    [Fact]
    public void A_cancelled_campaign_cannot_be_launched()
    {
        Assert.Equal(Outcome.Refused("A cancelled campaign cannot be launched."), CampaignIn(CampaignStatus.Cancelled).Launch(Noon));
    }

    [Fact]
    public void Cancelling_stops_a_running_campaign_and_cancelling_again_changes_nothing()
    {
        var campaign = CampaignIn(CampaignStatus.Running);
        Assert.Equal(Outcome.Changed, campaign.Cancel(Noon));
        Assert.Equal((CampaignStatus.Cancelled, (DateTimeOffset?)Noon, 4L), (campaign.Status, campaign.CancelledAt, campaign.Version));
        Assert.Equal(Outcome.Unchanged, campaign.Cancel(Noon.AddHours(1)));
        Assert.Equal(((DateTimeOffset?)Noon, 4L), (campaign.CancelledAt, campaign.Version));
    }

    [Fact]
    public void A_completed_campaign_cannot_be_cancelled()
    {
        var campaign = CampaignIn(CampaignStatus.Completed);
        Assert.Equal(Outcome.Refused("A completed campaign cannot be cancelled."), campaign.Cancel(Noon));
        Assert.Equal(CampaignStatus.Completed, campaign.Status);
    }
}
