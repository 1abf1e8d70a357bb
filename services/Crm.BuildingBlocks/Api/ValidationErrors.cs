using System.Net.Mail;
using Crm.BuildingBlocks.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.BuildingBlocks.Api;

/// <summary>Collects per-field errors of a request; <see cref="ToProblem"/> answers 422 with RFC 9457 <c>errors</c>.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public ValidationErrors Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "Required.");
        }

        return MaxLength(field, value, maxLength);
    }

    /// <summary>
    /// A name people will read (<see cref="DisplayText"/>): required unless <paramref name="required"/> is false (then
    /// blank means "none"); no control or bidi characters, something visible; at most maxLength once normalised.
    /// </summary>
    public ValidationErrors Name(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Add(field, "Required.") : this;
        }

        var problem = DisplayText.Check(value);
        return problem == TextProblem.None ? MaxLength(field, DisplayText.Normalize(value), maxLength) : Add(field, DisplayText.Explain(problem));
    }

    public ValidationErrors MaxLength(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? Add(field, $"At most {maxLength} characters.") : this;

    public ValidationErrors Email(string field, string? value)
    {
        Required(field, value, 254);
        if (!string.IsNullOrWhiteSpace(value) && (DisplayText.Check(value) != TextProblem.None || !IsEmail(value)))
        {
            Add(field, "Not a valid email address.");
        }

        return this;
    }

    public ValidationErrors Range<T>(string field, T? value, T min, T max) where T : struct, IComparable<T> =>
        value is { } v && (v.CompareTo(min) < 0 || v.CompareTo(max) > 0) ? Add(field, $"Must be between {min} and {max}.") : this;

    public ValidationErrors OneOf(string field, string? value, IReadOnlyCollection<string> allowed, bool required = false)
    {
        if (value is null)
        {
            return required ? Add(field, "Required.") : this;
        }

        return allowed.Contains(value) ? this : Add(field, $"One of: {string.Join(", ", allowed)}.");
    }

    /// <summary>A list that must name at least one of <paramref name="allowed"/>, and nothing else.</summary>
    public ValidationErrors SomeOf(string field, IReadOnlyCollection<string> values, IReadOnlyCollection<string> allowed) =>
        When(values.Count == 0, field, $"At least one of: {string.Join(", ", allowed)}.")
            .When(values.Any(v => !allowed.Contains(v)), field, $"Only: {string.Join(", ", allowed)}.");

    public ValidationErrors When(bool invalid, string field, string message) => invalid ? Add(field, message) : this;

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ProblemHttpResult ToProblem() => Problems.Validation(ToDictionary());

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal);
}
