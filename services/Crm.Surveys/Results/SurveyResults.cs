using System.Globalization;
using Crm.Surveys.Definitions;
using Crm.Surveys.Responses;

namespace Crm.Surveys.Results;

public sealed record SurveyResults(
    int Responses,
    int Invited,
    double? ResponseRate,
    double? Nps,
    double? Csat,
    IReadOnlyDictionary<string, QuestionResult> ByQuestion,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyDictionary<string, SurveyResults>? Breakdown)
{
    /// <summary>NPS = % promoters (9–10) − % detractors (0–6), one decimal.</summary>
    public static double? NpsOf(IReadOnlyCollection<int> scores) => scores.Count == 0 ? null
        : Math.Round(100.0 * (scores.Count(s => s >= 9) - scores.Count(s => s <= 6)) / scores.Count, 1);

    public static double? AverageOf(IReadOnlyCollection<int> scores) => scores.Count == 0 ? null : Math.Round(scores.Average(), 2);

    public static SurveyResults Compute(IReadOnlyList<Question> questions, IReadOnlyCollection<SurveyResponse> responses, int invited, Func<SurveyResponse, string?>? breakdownBy = null)
    {
        var byQuestion = questions.ToDictionary(q => q.Key, q =>
        {
            var values = responses.Select(r => r.Answers.GetValueOrDefault(q.Key)).OfType<string>().ToList();
            var picks = q.Type == QuestionType.Multi ? values.SelectMany(v => v.Split(',')) : values;
            var numeric = q.Type is QuestionType.Nps or QuestionType.Csat or QuestionType.Rating
                ? values.Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList() : [];
            var distribution = q.Type == QuestionType.Text ? new Dictionary<string, int>()
                : picks.GroupBy(v => v).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
            return new QuestionResult(q.Type.ToString().ToLowerInvariant(), values.Count, AverageOf(numeric), distribution);
        });

        var trend = responses.GroupBy(r => r.RespondedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key)
            .Select(g => new TrendPoint(g.Key, g.Count(), NpsOf(g.Select(r => r.Nps).OfType<int>().ToList()), AverageOf(g.Select(r => r.Csat).OfType<int>().ToList())))
            .ToList();

        var breakdown = breakdownBy is null ? null : responses.GroupBy(r => breakdownBy(r) ?? "unknown").OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Compute(questions, g.ToList(), 0));

        return new SurveyResults(
            responses.Count,
            invited,
            invited == 0 ? null : Math.Round(100.0 * responses.Count(r => r.InvitationId is not null) / invited, 1),
            NpsOf(responses.Select(r => r.Nps).OfType<int>().ToList()),
            AverageOf(responses.Select(r => r.Csat).OfType<int>().ToList()),
            byQuestion,
            trend,
            breakdown);
    }
}
