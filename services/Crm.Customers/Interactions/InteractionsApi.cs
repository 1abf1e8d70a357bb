using Crm.BuildingBlocks.Api;
using Crm.Contracts.Customers;
using Crm.Customers.Profiles;
using Crm.Customers.Timeline;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Interactions;

public sealed record LogInteractionRequest(InteractionChannel? Channel, InteractionDirection? Direction, string? Summary, string? Outcome);

public sealed record InteractionResponse(Guid Id, Guid CustomerId, InteractionChannel Channel, InteractionDirection Direction, string Summary, string? Outcome, string? RecordedBy, DateTimeOffset OccurredAt)
{
    public static InteractionResponse From(Interaction i) => new(i.Id, i.CustomerId, i.Channel, i.Direction, i.Summary, i.Outcome, i.RecordedBy, i.OccurredAt);
}

public static class InteractionsApi
{
    public static void MapInteractionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers/{id:guid}/interactions").WithTags("Interactions").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapPost("/", LogInteraction).WithName("LogInteraction").WithSummary("Record a contact with the customer");
    }

    public static async Task<Results<Created<InteractionResponse>, ProblemHttpResult>> LogInteraction(
        Guid id, LogInteractionRequest request, [AsParameters] CustomerServices services, HttpContext http)
    {
        var errors = new ValidationErrors()
            .When(request.Channel is null, "channel", "Required.")
            .When(request.Direction is null, "direction", "Required: inbound or outbound.")
            .Required("summary", request.Summary, 2000)
            .MaxLength("outcome", request.Outcome, 500);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        var now = services.Time.GetUtcNow();
        var interaction = new Interaction
        {
            Id = Guid.CreateVersion7(),
            CustomerId = id,
            Channel = request.Channel!.Value,
            Direction = request.Direction!.Value,
            Summary = request.Summary!.Trim(),
            Outcome = string.IsNullOrWhiteSpace(request.Outcome) ? null : request.Outcome.Trim(),
            RecordedBy = http.User.Subject(),
            OccurredAt = now,
        };
        services.Db.Interactions.Add(interaction);
        var channel = interaction.Channel.ToString().ToLowerInvariant();
        var direction = interaction.Direction.ToString().ToLowerInvariant();
        services.Db.Timeline.Add(TimelineEntry.Create(id, TimelineTypes.Interaction, now,
            $"{direction} {channel}: {interaction.Summary}{(interaction.Outcome is null ? "" : $" → {interaction.Outcome}")}", interaction.Id.ToString()));
        services.Db.Publish(new InteractionLogged(interaction.Id, id, channel, direction, interaction.Summary, interaction.Outcome, now), now);
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/customers/{id}/interactions/{interaction.Id}", InteractionResponse.From(interaction));
    }
}
