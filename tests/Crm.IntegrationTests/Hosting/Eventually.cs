using System.Diagnostics;

namespace Crm.IntegrationTests.Hosting;

/// <summary>Waits for something that happens asynchronously (an event reaching a consumer) by polling with a deadline.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? DefaultTimeout;
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (deadline.Elapsed > limit)
            {
                Assert.Fail($"Not true within {limit.TotalSeconds:F0} s{(because is null ? "" : ": " + because)}.");
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
    }

    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null, string? because = null) where T : class
    {
        T? value = null;
        await UntilAsync(async () => (value = await probe()) is not null, timeout, because);
        return value!;
    }

    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null, string? because = null) where T : struct
    {
        T? value = null;
        await UntilAsync(async () => (value = await probe()) is not null, timeout, because);
        return value!.Value;
    }
}
