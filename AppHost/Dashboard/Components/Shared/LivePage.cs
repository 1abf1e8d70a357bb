using Microsoft.AspNetCore.Components;

namespace Crm.AppHost.Dashboard.Components.Shared;

/// <summary>A page that follows the running suite: it re-renders about once a second, and only when something changed.</summary>
public abstract class LivePage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    protected static TimeSpan RefreshInterval => TimeSpan.FromSeconds(1);

    /// <summary>Re-reads what the page shows; returns true when it changed and must render.</summary>
    protected abstract bool Refresh();

    protected override void OnInitialized()
    {
        Refresh();
        _ = LoopAsync(_stop.Token);
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await InvokeAsync(() =>
                {
                    if (Refresh())
                    {
                        StateHasChanged();
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        GC.SuppressFinalize(this);
        Disposing();
    }

    protected virtual void Disposing()
    {
    }
}
