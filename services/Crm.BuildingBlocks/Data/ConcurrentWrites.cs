using Microsoft.EntityFrameworkCore;
using Polly;
using Polly.Retry;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// Commands that state an intent (add a comment, assign, change status) apply to whatever the resource is now: when
/// another writer saved first, the command is read and decided again rather than refused. Updates under If-Match do not
/// use this — their caller asked for one exact version.
/// </summary>
public static class ConcurrentWrites
{
    /// <summary>Enough for a dozen writers on one row at the same moment: each loser waits a random, doubling while.</summary>
    public const int Attempts = 8;

    private static readonly ResiliencePipeline Retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<DbUpdateConcurrencyException>(),
            MaxRetryAttempts = Attempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(10),
        })
        .Build();

    public static async Task<T> RetryAsync<T>(DbContext db, Func<Task<T>> command) =>
        await Retry.ExecuteAsync(async _ =>
        {
            try
            {
                return await command();
            }
            catch (DbUpdateConcurrencyException)
            {
                // The next try reads the record afresh.
                db.ChangeTracker.Clear();
                throw;
            }
        });
}
