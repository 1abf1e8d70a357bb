using System.Text.Json;
using Crm.BuildingBlocks.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Tickets.Channels.Social;

public static class SocialWebhookApi
{
    public const int MaxBodyBytes = 64 * 1024;

    public static void MapSocialWebhookApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/channels/social/{network}/webhook", Receive).WithTags("Channels").AllowAnonymous()
            .WithName("ReceiveSocialMessage").WithSummary("A network's signed webhook (X-Hub-Signature-256): a new thread opens a ticket, a known one adds a comment")
            .Accepts<SocialMessage>("application/json");

    public static async Task<Results<Accepted, UnauthorizedHttpResult, ProblemHttpResult>> Receive(
        string network, HttpRequest request, SocialIntake intake, IConfiguration configuration, CancellationToken ct)
    {
        var secret = configuration.GetSection($"{SocialNetworkOptions.Section}:{network}").Get<SocialNetworkOptions>()?.Secret;
        if (network.Length > 40 || string.IsNullOrEmpty(secret))
        {
            return Problems.NotFound("Network");
        }

        var body = await ReadAsync(request, ct);
        if (body is null)
        {
            return Problems.Validation("body", $"At most {MaxBodyBytes / 1024} KB.");
        }

        if (!SocialSignature.IsValid(body, request.Headers[SocialSignature.Header].ToString(), secret))
        {
            return TypedResults.Unauthorized();
        }

        SocialMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<SocialMessage>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return Problems.Validation("body", "Not a JSON message.");
        }

        var errors = new ValidationErrors()
            .Required("messageId", message?.MessageId, 200).Required("threadId", message?.ThreadId, 200)
            .Required("from.id", message?.From?.Id, 200).Required("from.handle", message?.From?.Handle, 200)
            .MaxLength("from.name", message?.From?.Name, 200).Required("text", message?.Text, 10_000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await intake.ReceiveAsync(network.ToLowerInvariant(), message!, ct);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
