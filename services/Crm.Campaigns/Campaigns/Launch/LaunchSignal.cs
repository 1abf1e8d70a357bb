namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>Wakes the launcher as soon as a campaign is launched, instead of waiting for its next poll.</summary>
public sealed class LaunchSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}
