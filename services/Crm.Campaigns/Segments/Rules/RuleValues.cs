using System.Text.Json;
using Crm.BuildingBlocks.Api;

namespace Crm.Campaigns.Segments.Rules;

/// <summary>Reads and checks the <c>value</c> of a leaf against its field kind and operator.</summary>
public static class RuleValues
{
    public static (IReadOnlyList<string> Texts, IReadOnlyList<decimal> Numbers, bool Flag)? Read(
        JsonElement value, FieldKind kind, RuleOperator op, string path, ValidationErrors errors)
    {
        var items = new List<JsonElement>();
        if (op == RuleOperator.In)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() is 0 or > RuleParser.MaxValues)
            {
                errors.Add(path, $"\"in\" takes an array of 1 to {RuleParser.MaxValues} values.");
                return null;
            }

            items.AddRange(value.EnumerateArray());
        }
        else
        {
            items.Add(value);
        }

        var texts = new List<string>();
        var numbers = new List<decimal>();
        var flag = false;
        foreach (var item in items)
        {
            switch (kind)
            {
                case FieldKind.Number when item.ValueKind == JsonValueKind.Number && item.TryGetDecimal(out var number):
                    numbers.Add(number);
                    break;
                case FieldKind.Flag when item.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    flag = item.GetBoolean();
                    break;
                case FieldKind.Id when item.ValueKind == JsonValueKind.String && Guid.TryParse(item.GetString(), out var id):
                    texts.Add(id.ToString());
                    break;
                case FieldKind.Text or FieldKind.ProductSet or FieldKind.PartnerText
                    when item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 and <= RuleParser.MaxText } text:
                    texts.Add(text);
                    break;
                default:
                    errors.Add(path, Expected(kind));
                    return null;
            }
        }

        return (texts, numbers, flag);
    }

    private static string Expected(FieldKind kind) => kind switch
    {
        FieldKind.Number => "Expected a number.",
        FieldKind.Flag => "Expected true or false.",
        FieldKind.Id => "Expected a customer id (GUID).",
        _ => $"Expected a non-empty text of at most {RuleParser.MaxText} characters.",
    };
}
