using Crm.Contracts.Customers;
using Crm.Customers.Interactions;
using Crm.Customers.Profiles;
using Crm.Customers.Timeline;

namespace Crm.Customers.Activities;

/// <summary>What a completed activity leaves on the customer's timeline: a call, meeting or email is an outbound interaction.</summary>
public static class ActivityTimeline
{
    public static void Record(CustomerServices services, Activity activity, string? recordedBy, DateTimeOffset now)
    {
        var summary = $"{activity.Type.ToString().ToLowerInvariant()}: {activity.Subject} → {activity.Outcome}";
        if (!FollowUpRules.IsOutbound(activity.Type))
        {
            services.Db.Timeline.Add(TimelineEntry.Create(activity.CustomerId, TimelineTypes.Activity, now, summary, activity.Id.ToString()));
            return;
        }

        var interaction = new Interaction
        {
            Id = Guid.CreateVersion7(), CustomerId = activity.CustomerId, Channel = ChannelOf(activity.Type), Direction = InteractionDirection.Outbound,
            Summary = activity.Subject, Outcome = activity.Outcome, RecordedBy = recordedBy, OccurredAt = now,
        };
        activity.InteractionId = interaction.Id;
        services.Db.Interactions.Add(interaction);
        var channel = interaction.Channel.ToString().ToLowerInvariant();
        services.Db.Timeline.Add(TimelineEntry.Create(activity.CustomerId, TimelineTypes.Interaction, now,
            $"outbound {channel}: {interaction.Summary} → {interaction.Outcome}", interaction.Id.ToString()));
        services.Db.Publish(new InteractionLogged(interaction.Id, activity.CustomerId, channel, "outbound", interaction.Summary, interaction.Outcome, now), now);
    }

    private static InteractionChannel ChannelOf(ActivityType type) => type switch
    {
        ActivityType.Call => InteractionChannel.Phone,
        ActivityType.Email => InteractionChannel.Email,
        _ => InteractionChannel.InPerson,
    };
}
