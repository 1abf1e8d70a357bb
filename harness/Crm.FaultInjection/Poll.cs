using System.Diagnostics;

namespace Crm.FaultInjection;

/// <summary>Waits for a condition by polling it until a deadline (the run measures how long things take, so never a fixed sleep).</summary>
public static class Poll
{
    /// <returns>How long it took for the condition to hold, or null when the deadline came first.</returns>
    public static Task<TimeSpan?> UntilAsync(Func<bool> condition, TimeSpan deadline, TimeSpan interval, CancellationToken ct) =>
        UntilAsync(() => Task.FromResult(condition()), deadline, interval, ct);

    /// <returns>How long it took for the condition to hold, or null when the deadline came first.</returns>
    public static async Task<TimeSpan?> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, TimeSpan interval, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed >= deadline)
            {
                return null;
            }

            await Task.Delay(interval, ct);
        }

        return clock.Elapsed;
    }
}
