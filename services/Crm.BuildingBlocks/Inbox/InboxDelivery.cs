using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>
/// One delivery waiting to be applied by <see cref="InboxBatcher{TContext}"/>: its inbox key, the handler to run on the
/// batch's context, the consume activity it runs under (so events it raises carry its trace), and the outcome its
/// consumer awaits — completed only after the batch's commit, or failed alone.
/// </summary>
public sealed class InboxDelivery<TContext>(
    Guid messageId,
    string consumer,
    string messageType,
    Func<TContext, CancellationToken, Task> apply,
    CancellationToken cancellationToken) where TContext : DbContext
{
    private readonly TaskCompletionSource _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Guid MessageId { get; } = messageId;
    public string Consumer { get; } = consumer;
    public string MessageType { get; } = messageType;
    public Activity? Activity { get; } = Activity.Current;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public Func<TContext, CancellationToken, Task> Apply { get; } = apply;

    /// <summary>Set while a batch attempt runs: null once applied, the exception when the handler failed.</summary>
    public Exception? Failure { get; set; }

    /// <summary>True when the inbox already held this delivery (or an earlier one of the batch had the same key).</summary>
    public bool Duplicate { get; set; }

    public Task Outcome => _outcome.Task;

    public void Succeed() => _outcome.TrySetResult();

    public void Fail(Exception exception) => _outcome.TrySetException(exception);

    public void Cancel() => _outcome.TrySetCanceled(CancellationToken);
}
