namespace Crm.BuildingBlocks.Api.Idempotency;

/// <summary>A response kept for replay under an Idempotency-Key.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body, string RequestFingerprint);

public enum BeginOutcome
{
    /// <summary>This request owns the key and runs.</summary>
    Started,
    /// <summary>A first request with this key finished; replay it.</summary>
    Completed,
    /// <summary>A first request with this key is still running.</summary>
    InProgress,
}

public interface IIdempotencyStore
{
    Task<(BeginOutcome Outcome, StoredResponse? Response)> BeginAsync(string key, TimeSpan lockFor);
    Task CompleteAsync(string key, StoredResponse response, TimeSpan keepFor);
    Task AbandonAsync(string key);
}
