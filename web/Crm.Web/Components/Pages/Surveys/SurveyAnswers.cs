using System.Globalization;
using Crm.Web.Api.Client.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Crm.Web.Components.Pages.Surveys;

/// <summary>What a respondent has chosen so far, which questions their answers show (skip logic), and the answers to send.</summary>
public sealed class SurveyAnswers(IReadOnlyList<Question> questions)
{
    private readonly Dictionary<string, string> _single = [];
    private readonly Dictionary<string, HashSet<string>> _multi = [];

    public string? Get(string key) => _single.GetValueOrDefault(key);

    public void Set(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            _single.Remove(key);
        }
        else
        {
            _single[key] = value;
        }
    }

    public bool Has(string key, string option) => _multi.TryGetValue(key, out var set) && set.Contains(option);

    public void Toggle(string key, string option, bool on)
    {
        var set = _multi.TryGetValue(key, out var s) ? s : _multi[key] = [];
        _ = on ? set.Add(option) : set.Remove(option);
    }

    /// <summary>A question without a condition is always shown; one with a condition when the answer it names is among its values.</summary>
    public bool IsShown(Question q) => q.ShowIf is not { Key: { } key } condition
        || (condition.In ?? []).Any(v => Get(key) == v || Has(key, v));

    public List<AnswerItem> ToAnswers() => questions.Where(q => q.Key is not null && IsShown(q)).SelectMany(Answer).ToList();

    private IEnumerable<AnswerItem> Answer(Question q)
    {
        var key = q.Key!;
        if (q.Type == QuestionType.Multi)
        {
            if (_multi.TryGetValue(key, out var set) && set.Count > 0)
            {
                yield return new AnswerItem { Key = key, Value = new UntypedArray(set.Select(o => (UntypedNode)new UntypedString(o)).ToList()) };
            }
        }
        else if (Get(key) is { } value)
        {
            yield return new AnswerItem
            {
                Key = key,
                Value = q.Type is QuestionType.Nps or QuestionType.Csat or QuestionType.Rating
                    ? new UntypedInteger(int.Parse(value, CultureInfo.InvariantCulture))
                    : new UntypedString(value),
            };
        }
    }
}
