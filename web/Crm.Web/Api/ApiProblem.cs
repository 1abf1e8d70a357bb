using Crm.Web.Api.Client.Models;
using Crm.Web.SignIn;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Crm.Web.Api;

/// <summary>What went wrong with a call, in words a person reads next to what they did, with the fields it names.</summary>
public sealed record ApiProblem(string Message, IReadOnlyDictionary<string, string[]> Fields, int Status)
{
    public static ApiProblem From(Exception e) => e switch
    {
        ApiException { ResponseStatusCode: 412 } => new(Conflict, new Dictionary<string, string[]>(), 412),
        ValidationProblemDetails v => new(Text(v.Title, v.Detail), Errors(v), v.ResponseStatusCode),
        ProblemDetails p => new(Text(p.Title, p.Detail), new Dictionary<string, string[]>(), p.ResponseStatusCode),
        ApiException a => new($"The request failed ({a.ResponseStatusCode}).", new Dictionary<string, string[]>(), a.ResponseStatusCode),
        SessionEndedException s => new(s.Message, new Dictionary<string, string[]>(), 401),
        HttpRequestException => new("The service could not be reached. Try again in a moment.", new Dictionary<string, string[]>(), 0),
        _ => throw e,
    };

    public const string Conflict = "Someone else changed this in the meantime. Reload to see their change, then make yours again.";

    public bool IsConflict => Status is 412 or 409;

    public string? FieldError(string field) =>
        Fields.FirstOrDefault(f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } errors ? string.Join(" ", errors) : null;

    private static string Text(string? title, string? detail) =>
        string.Join(" ", new[] { title, detail }.Where(t => !string.IsNullOrWhiteSpace(t)));

    private static Dictionary<string, string[]> Errors(ValidationProblemDetails v) =>
        v.Errors?.AdditionalData.ToDictionary(
            e => e.Key,
            e => Strings(e.Value)) ?? [];

    private static string[] Strings(object? value) => value switch
    {
        UntypedArray array => array.GetValue().SelectMany(Strings).ToArray(),
        UntypedString text => [text.GetValue() ?? ""],
        IEnumerable<object> list => list.SelectMany(Strings).ToArray(),
        null => [],
        _ => [value.ToString() ?? ""],
    };
}
