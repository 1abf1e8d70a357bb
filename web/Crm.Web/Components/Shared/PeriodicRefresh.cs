namespace Crm.Web.Components.Shared;

/// <summary>
/// Calls a page's reload on the circuit every few seconds while the page is open, so new tickets and replies appear
/// without a reload (a push from the services would replace this).
/// </summary>
public sealed class PeriodicRefresh : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public PeriodicRefresh(TimeSpan interval, Func<Task> tick)
    {
        _loop = RunAsync(interval, tick, _stop.Token);
    }

    private static async Task RunAsync(TimeSpan interval, Func<Task> tick, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await tick();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
