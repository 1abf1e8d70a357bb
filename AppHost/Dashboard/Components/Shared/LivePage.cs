using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Hosting;

namespace Crm.AppHost.Dashboard.Components.Shared;

/// <summary>A page that follows the running suite: it re-renders about once a second, and only when something changed.</summary>
public abstract class LivePage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private CancellationTokenSource? _linked;

    protected static TimeSpan RefreshInterval => TimeSpan.FromSeconds(1);

    /// <summary>A disconnected circuit lives on for minutes: its refresh must end when the dashboard stops, not render into a disposed host.</summary>
    [Inject] private IHostApplicationLifetime Lifetime { get; set; } = default!;

    /// <summary>Re-reads what the page shows; returns true when it changed and must render.</summary>
    protected abstract bool Refresh();

    protected override void OnInitialized()
    {
        Refresh();
        _linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, Lifetime.ApplicationStopping);
        _ = LoopAsync(_linked.Token);
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
        _linked?.Dispose();
        _stop.Dispose();
        GC.SuppressFinalize(this);
        Disposing();
    }

    protected virtual void Disposing()
    {
    }
}
