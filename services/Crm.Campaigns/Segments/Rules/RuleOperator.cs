namespace Crm.Campaigns.Segments.Rules;

public enum RuleOperator
{
    Eq,
    Neq,
    Gt,
    Gte,
    Lt,
    Lte,
    In,
    Contains,
}
