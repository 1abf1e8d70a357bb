using System.Security.Cryptography;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.BuildingBlocks.Api.Idempotency;

/// <summary>
/// A POST with <c>Idempotency-Key</c>: the first response (2xx or a deterministic 4xx) is kept 24 h and replayed
/// for a repeat by the same caller; a repeat with a different body → 422; while the first still runs → 409.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IIdempotencyStore store)
{
    public const string HeaderName = "Idempotency-Key";
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);
    private static readonly TimeSpan LockFor = TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(HeaderName, out var header))
        {
            await next(context);
            return;
        }

        var key = header.ToString();
        if (key.Length is 0 or > 255)
        {
            await WriteProblem(context, StatusCodes.Status400BadRequest, "Idempotency-Key must be 1 to 255 characters.");
            return;
        }

        var caller = context.User.Subject() ?? context.Request.Headers["X-Api-Key-Id"].ToString() ?? "anonymous";
        var scopedKey = $"{caller}:{context.Request.Path}:{key}";
        var fingerprint = await FingerprintAsync(context.Request);
        var (outcome, stored) = await store.BeginAsync(scopedKey, LockFor);
        switch (outcome)
        {
            case BeginOutcome.InProgress:
                await WriteProblem(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed.");
                return;
            case BeginOutcome.Completed when stored!.RequestFingerprint != fingerprint:
                await WriteProblem(context, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was used with a different request body.");
                return;
            case BeginOutcome.Completed:
                await ReplayAsync(context, stored!);
                return;
        }

        await RunAndStoreAsync(context, scopedKey, fingerprint);
    }

    private async Task RunAndStoreAsync(HttpContext context, string scopedKey, string fingerprint)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
            var status = context.Response.StatusCode;
            if (status is < 500 and not StatusCodes.Status409Conflict and not StatusCodes.Status429TooManyRequests)
            {
                await store.CompleteAsync(scopedKey, new StoredResponse(
                    status, context.Response.ContentType, context.Response.Headers.Location, context.Response.Headers.ETag,
                    buffer.ToArray(), fingerprint), KeepFor);
            }
            else
            {
                await store.AbandonAsync(scopedKey);
            }
        }
        catch
        {
            await store.AbandonAsync(scopedKey);
            throw;
        }
        finally
        {
            context.Response.Body = original;
            buffer.Position = 0;
            await buffer.CopyToAsync(original);
        }
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        context.Response.StatusCode = stored.StatusCode;
        context.Response.ContentType = stored.ContentType;
        if (!string.IsNullOrEmpty(stored.Location))
        {
            context.Response.Headers.Location = stored.Location;
        }

        if (!string.IsNullOrEmpty(stored.ETag))
        {
            context.Response.Headers.ETag = stored.ETag;
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(stored.Body);
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }

    private static Task WriteProblem(HttpContext context, int status, string detail) =>
        Results.Problem(new ProblemDetails { Status = status, Title = "Idempotency-Key cannot be used.", Detail = detail }).ExecuteAsync(context);
}
