namespace Crm.BuildingBlocks.Rules;

public enum OutcomeKind
{
    Changed,
    Unchanged,
    Refused,
}
