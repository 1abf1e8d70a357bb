namespace Crm.AppHost.Resources;

/// <summary>A part of the suite the app host runs or hands out: a broker, a cache, a database, a project.</summary>
public abstract class Resource(string name, ResourceType type)
{
    private TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;
    public ResourceType Type { get; } = type;
    public ResourceState State { get; protected set; } = ResourceState.NotStarted;
    public DateTimeOffset? StartedAt { get; protected set; }
    public int Restarts { get; protected set; }
    public int? ProcessId { get; protected set; }
    public ResourceLog Log { get; } = new();
    public List<Resource> WaitsFor { get; } = [];
    public List<Resource> References { get; } = [];

    /// <summary>The URL of an HTTP resource, or null.</summary>
    public virtual Uri? Endpoint => null;

    /// <summary>What a referencing project receives as <c>ConnectionStrings__{Name}</c>, or null for projects.</summary>
    public virtual string? ConnectionString => null;

    public Task WhenHealthy => _healthy.Task;

    public abstract Task StartAsync(Hosting.HostContext host, CancellationToken ct);

    public abstract Task StopAsync();

    /// <summary>Whether the app host runs this resource's process (and so can stop, start and restart it).</summary>
    public virtual bool IsManaged => false;

    /// <summary>Stops and starts again on the same ports and data; counted as a restart.</summary>
    public virtual async Task RestartAsync(Hosting.HostContext host, CancellationToken ct)
    {
        await StopAsync();
        Restarts++;
        await StartAsync(host, ct);
    }

    protected void SetState(ResourceState state)
    {
        State = state;
        if (state == ResourceState.Healthy)
        {
            StartedAt ??= DateTimeOffset.UtcNow;
            _healthy.TrySetResult();
        }
        else if (state is ResourceState.Starting)
        {
            StartedAt = null;
            if (_healthy.Task.IsCompleted)
            {
                _healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    protected void Fail(Exception error)
    {
        State = ResourceState.Failed;
        _healthy.TrySetException(error);
    }
}
