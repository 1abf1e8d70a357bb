using System.Diagnostics;

namespace Crm.Bench.Pipeline;

/// <summary>Lets the machine's write-back finish before a latency run, so that a run does not pay for the one before it.</summary>
public static class Settle
{
    public static async Task FlushAsync()
    {
        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
        if (sync is not null)
        {
            await sync.WaitForExitAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
    }
}
