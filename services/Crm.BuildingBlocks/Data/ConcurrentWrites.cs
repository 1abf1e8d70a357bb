using Microsoft.EntityFrameworkCore;

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

    public static async Task<T> RetryAsync<T>(DbContext db, Func<Task<T>> command)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await command();
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 10 << attempt));
            }
        }
    }
}
