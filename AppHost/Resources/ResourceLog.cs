namespace Crm.AppHost.Resources;

public sealed record LogLine(DateTimeOffset At, string Text, bool IsError);

/// <summary>The last lines a resource printed, kept for the console and the dashboard, with a live feed of new ones.</summary>
public sealed class ResourceLog(int capacity = 2000)
{
    private readonly Queue<LogLine> _lines = new();
    private readonly Lock _gate = new();

    public event Action<LogLine>? LineAdded;

    public void Add(string text, bool isError = false)
    {
        var line = new LogLine(DateTimeOffset.UtcNow, text, isError);
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }
        }

        LineAdded?.Invoke(line);
    }

    public IReadOnlyList<LogLine> Snapshot()
    {
        lock (_gate)
        {
            return [.. _lines];
        }
    }
}
