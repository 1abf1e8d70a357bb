namespace Crm.BuildingBlocks.Rules;

/// <summary>An entity whose changes raise events; the handler that saves it takes them for the outbox.</summary>
public abstract class EntityWithEvents
{
    private readonly List<object> _raised = [];

    /// <summary>The events raised since they were last taken, in the order they were raised.</summary>
    public IReadOnlyList<object> TakeRaisedEvents()
    {
        var taken = _raised.ToList();
        _raised.Clear();
        return taken;
    }

    /// <summary>Raised by the entity or by the rule classes that change it.</summary>
    public void Raise(object @event) => _raised.Add(@event);
}
