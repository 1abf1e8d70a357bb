namespace Crm.Campaigns.Segments.Rules;

/// <summary>The type of a rule field, which decides the operators and values it accepts.</summary>
public enum FieldKind
{
    Id,
    Text,
    Number,
    Flag,
    ProductSet,
    PartnerText,
}
