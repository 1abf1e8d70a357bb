namespace Crm.BuildingBlocks.Rules;

/// <summary>
/// What an entity answered to a change asked of it: it changed, there was nothing to change (a repeated request),
/// or it refused, with the reason a person reads.
/// </summary>
public sealed record Outcome
{
    private Outcome(OutcomeKind kind, string? reason) => (Kind, Reason) = (kind, reason);

    public static Outcome Changed { get; } = new(OutcomeKind.Changed, null);

    public static Outcome Unchanged { get; } = new(OutcomeKind.Unchanged, null);

    public static Outcome Refused(string reason) => new(OutcomeKind.Refused, reason);

    public OutcomeKind Kind { get; }

    /// <summary>Why the change was refused; null unless <see cref="IsRefused"/>.</summary>
    public string? Reason { get; }

    public bool IsRefused => Kind == OutcomeKind.Refused;

    public bool IsChanged => Kind == OutcomeKind.Changed;
}
