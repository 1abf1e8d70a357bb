using System.Net;
using System.Text.RegularExpressions;

namespace Crm.Campaigns.Campaigns.Templates;

/// <summary>
/// Personalised messages: <c>{{firstName}}</c>, <c>{{lastName}}</c>, <c>{{city}}</c> and <c>{{unsubscribeUrl}}</c> are
/// replaced by the customer's values, escaped for where they land. The template's own text is the marketer's and is kept.
/// </summary>
public static partial class MessageTemplate
{
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string City = "city";
    public const string UnsubscribeUrl = "unsubscribeUrl";

    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>([FirstName, LastName, City, UnsubscribeUrl], StringComparer.Ordinal);

    public static IReadOnlyList<string> UnknownPlaceholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => !Placeholders.Contains(name)).Distinct().ToList();

    public static string Render(string template, IReadOnlyDictionary<string, string?> values, TemplateEncoding encoding) =>
        Placeholder().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? Encode(value ?? "", encoding) : match.Value);

    public static string Encode(string value, TemplateEncoding encoding) => encoding switch
    {
        TemplateEncoding.Html => WebUtility.HtmlEncode(WithoutControls(value, keepNewLines: false)),
        TemplateEncoding.HeaderLine => WithoutControls(value, keepNewLines: false),
        _ => WithoutControls(value, keepNewLines: false),
    };

    private static string WithoutControls(string value, bool keepNewLines) =>
        string.Concat(value.Where(c => !char.IsControl(c) || (keepNewLines && c is '\n'))).Trim();

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
