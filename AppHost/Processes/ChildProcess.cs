using System.Diagnostics;
using Crm.AppHost.Resources;

namespace Crm.AppHost.Processes;

/// <summary>A process the app host started: its output goes to the resource's log (and console); stopping ends its whole tree.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public Task Exited { get; private init; } = Task.CompletedTask;

    public static ChildProcess Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory,
        ResourceLog log, Action<string, bool> echo)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult();
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { log.Add(line); echo(line, false); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { log.Add(line, true); echo(line, true); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process) { Exited = exited.Task };
    }

    /// <summary>SIGTERM, then SIGKILL of the whole tree if it has not exited within the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }

        try
        {
            Signal(_process.Id, 15);
            await Exited.WaitAsync(grace);
        }
        catch (TimeoutException)
        {
        }

        Kill();
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    public void Dispose() => _process.Dispose();

    private static void Signal(int pid, int signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit(2000);
    }
}
