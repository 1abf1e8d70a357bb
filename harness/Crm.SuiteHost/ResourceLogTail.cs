using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;

namespace Crm.SuiteHost;

/// <summary>The last lines of each resource's console (and, when asked, every line echoed to this process's console).</summary>
internal sealed class ResourceLogTail(ResourceLoggerService logs, bool echo)
{
    private const int Kept = 400;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _tails = new();
    private readonly ConcurrentDictionary<Action<string, string>, bool> _listeners = new();

    /// <summary>Calls <paramref name="listener"/> with (resource, line) for every line from now on, until disposed.</summary>
    public IDisposable Listen(Action<string, string> listener)
    {
        _listeners[listener] = true;
        return new Subscription(() => _listeners.TryRemove(listener, out _));
    }

    public void Start(IEnumerable<string> resources, CancellationToken ct)
    {
        foreach (var resource in resources)
        {
            var tail = _tails.GetOrAdd(resource, _ => new ConcurrentQueue<string>());
            _ = Task.Run(async () =>
            {
                try
                {
                    await foreach (var batch in logs.WatchAsync(resource).WithCancellation(ct))
                    {
                        foreach (var line in batch)
                        {
                            tail.Enqueue(line.Content);
                            foreach (var listener in _listeners.Keys)
                            {
                                listener(resource, line.Content);
                            }

                            if (echo)
                            {
                                Console.WriteLine($"[{resource}] {line.Content}");
                            }

                            while (tail.Count > Kept && tail.TryDequeue(out _))
                            {
                            }
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }, CancellationToken.None);
        }
    }

    public string Render(IEnumerable<string> resources, int lines, Func<string, string?> state) =>
        string.Join('\n', resources.Select(r =>
            $"--- {r} ({state(r)})\n" + string.Join('\n', (_tails.TryGetValue(r, out var tail) ? tail.ToArray() : []).TakeLast(lines))));

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
