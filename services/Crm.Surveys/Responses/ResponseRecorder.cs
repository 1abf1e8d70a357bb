using Crm.Contracts.Surveys;
using Crm.Surveys.Customers;
using Crm.Surveys.Data;
using Crm.Surveys.Definitions;

namespace Crm.Surveys.Responses;

/// <summary>Stores a validated response with its events: every response reaches the customer's timeline; a detractor opens a follow-up ticket.</summary>
public static class ResponseRecorder
{
    public static SurveyResponse Record(SurveysDbContext db, Survey survey, int version, IReadOnlyList<Question> questions, Dictionary<string, string> answers,
        Guid? invitationId, Respondent? respondent, Guid? vendor, DateTimeOffset now)
    {
        int? ScoreOf(QuestionType type) => questions.FirstOrDefault(q => q.Type == type) is { } q && answers.TryGetValue(q.Key, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        var response = new SurveyResponse
        {
            Id = Guid.CreateVersion7(), SurveyId = survey.Id, SurveyVersion = version, InvitationId = invitationId, CustomerId = respondent?.CustomerId,
            Answers = answers, Nps = ScoreOf(QuestionType.Nps), Csat = ScoreOf(QuestionType.Csat), Country = respondent?.Country,
            LifecycleStage = respondent?.LifecycleStage, VendorPartnerId = vendor, RespondedAt = now,
        };
        db.Responses.Add(response);
        db.Publish(new SurveyResponded(response.Id, survey.Id, invitationId, response.CustomerId, survey.Title, survey.Kind.ToString().ToLowerInvariant(),
            response.Nps, response.Csat, vendor, now), now);
        if (response.Nps is <= 6 and { } score && response.CustomerId is { } customerId)
        {
            var comment = questions.FirstOrDefault(q => q.Type == QuestionType.Text) is { } text ? answers.GetValueOrDefault(text.Key) : null;
            db.Publish(new DetractorFollowUpRequested(response.Id, survey.Id, customerId, score, comment, now), now);
        }

        return response;
    }
}
