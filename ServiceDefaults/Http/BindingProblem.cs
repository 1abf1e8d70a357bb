using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// A request that could not be read, told in the API's own words: which field (its JSON path or query name) and what it
/// must hold. The framework's own message names .NET types and parameter declarations, so it is never passed on.
/// </summary>
public sealed partial record BindingProblem(string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>A body sent with a content type other than JSON (415).</summary>
    public static readonly BindingProblem NotJson = new("The body is not JSON.", "Send the body as JSON, with Content-Type: application/json.");

    public static BindingProblem From(Exception exception, Type? requestType) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => FromJson(json, requestType),
        JsonException json => FromJson(json, requestType),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => NotJson,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            new("The request body is too large.", "The body is over the size this API accepts."),
        BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } =>
            new("The request body arrived too slowly.", "Send the body again, in one go."),
        BadHttpRequestException bad => FromBinding(bad.Message),
        _ => new("The request is malformed.", "The request could not be read."),
    };

    private static BindingProblem FromJson(JsonException json, Type? requestType)
    {
        if (DuplicateProperty.From(json) is { } duplicate)
        {
            return duplicate;
        }

        // The reader's own exception inside means the text is not JSON at all; otherwise a value did not fit its field.
        if (json.InnerException is JsonException || json.Path is null)
        {
            var where = json.LineNumber is { } line && json.BytePositionInLine is { } position
                ? $" It breaks off or goes wrong at line {line + 1}, position {position + 1}."
                : "";
            return new("The request body is not valid JSON.", "The body could not be read as JSON." + where);
        }

        var field = FieldName(json.Path);
        if (field.Length == 0)
        {
            var shape = JsonFieldExpectation.For(requestType, json.Path) == "an array" ? "a JSON array" : "a JSON object";
            return new("The request body is malformed.", $"The body must be {shape}.");
        }

        var expectation = JsonFieldExpectation.For(requestType, json.Path);
        var message = expectation is null ? "Not a valid value for this field." : $"Must be {expectation}.";
        return new("The request body is malformed.", $"{field}: {message}", new Dictionary<string, string[]> { [field] = [message] });
    }

    private static BindingProblem FromBinding(string message)
    {
        if (message.Contains("no body was provided", StringComparison.Ordinal) || RequiredFrom().Match(message) is { Success: true, Groups: var g } && g["source"].Value == "body")
        {
            return new("The request body is missing.", "This operation needs a JSON body.");
        }

        if (RequiredFrom().Match(message) is { Success: true } required)
        {
            var name = required.Groups["name"].Value;
            return new("A value is missing.", $"{name}: Required.", new Dictionary<string, string[]> { [name] = ["Required."] });
        }

        if (FailedToBind().Match(message) is { Success: true } failed)
        {
            var name = failed.Groups["name"].Value;
            const string invalid = "Not a valid value for this parameter.";
            return new("A value is not valid.", $"{name}: {invalid}", new Dictionary<string, string[]> { [name] = [invalid] });
        }

        return new("The request is malformed.", "The request could not be read.");
    }

    /// <summary><c>$.questions[0].type</c> → <c>questions[0].type</c>; <c>$['odd key']</c> → <c>odd key</c>.</summary>
    public static string FieldName(string jsonPath) =>
        JsonPathQuotes().Replace(jsonPath.StartsWith('$') ? jsonPath[1..] : jsonPath, ".$1").TrimStart('.');

    [GeneratedRegex(@"\['([^']*)'\]")]
    private static partial Regex JsonPathQuotes();

    // The parameter's declaration is "Type name"; only the name is the API's word.
    [GeneratedRegex("""^Required parameter "(?:[^"]* )?(?<name>[^" ]+)" was not provided from (?:the )?(?<source>[a-z]+)""")]
    private static partial Regex RequiredFrom();

    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]* )?(?<name>[^" ]+)" from""")]
    private static partial Regex FailedToBind();
}
