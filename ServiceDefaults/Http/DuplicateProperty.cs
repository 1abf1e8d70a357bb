using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// A body that names a property twice (refused by <see cref="JsonDefaults"/>) told in the API's words: System.Text.Json
/// reports it as a <see cref="JsonException"/> at the property's or its object's path, recognisable only by its message.
/// </summary>
public static partial class DuplicateProperty
{
    public const string Message = "Named more than once; send each property once.";

    public static BindingProblem? From(JsonException json)
    {
        if (!json.Message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            return null;
        }

        var field = BindingProblem.FieldName(json.Path ?? "$");
        if (NamedIn().Match(json.Message) is { Success: true } named && !field.EndsWith(named.Groups["name"].Value, StringComparison.OrdinalIgnoreCase))
        {
            field = field.Length == 0 ? named.Groups["name"].Value : $"{field}.{named.Groups["name"].Value}";
        }

        return new("The request body names a property twice.", $"{field}: {Message}", new Dictionary<string, string[]> { [field] = [Message] });
    }

    [GeneratedRegex("^Duplicate property '(?<name>[^']*)'")]
    private static partial Regex NamedIn();
}
