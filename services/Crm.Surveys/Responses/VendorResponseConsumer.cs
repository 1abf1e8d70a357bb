using System.Text.Json;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.PartnerData;
using Crm.Surveys.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Surveys.Responses;

/// <summary>Responses an outsourced vendor collected: validated like any other and stored with the vendor recorded; invalid ones are dropped, not retried.</summary>
public sealed partial class VendorResponseConsumer(TimeProvider time, ILogger<VendorResponseConsumer> logger)
    : InboxConsumer<PartnerSurveyResponseSubmitted, SurveysDbContext>(time)
{
    protected override async Task HandleAsync(PartnerSurveyResponseSubmitted message, CancellationToken ct)
    {
        var survey = await Db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == message.SurveyId && s.PublishedVersion > 0, ct);
        if (survey is null)
        {
            LogDropped(message.SubmissionId, "no such published survey");
            return;
        }

        var version = await Db.Versions.AsNoTracking().FirstAsync(v => v.SurveyId == survey.Id && v.Version == survey.PublishedVersion, ct);
        var (answers, errors) = AnswerValidator.Validate(version.Questions, message.Answers.Select(a => (a.Key, JsonSerializer.SerializeToElement(a.Value))).ToList());
        if (errors.Count > 0)
        {
            LogDropped(message.SubmissionId, string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
            return;
        }

        var respondent = message.CustomerId is { } id
            ? await Db.Respondents.AsNoTracking().FirstOrDefaultAsync(r => r.CustomerId == id && !r.Erased, ct)
            : await Db.Respondents.AsNoTracking().FirstOrDefaultAsync(r => r.HashedEmail == message.CustomerHashedEmail && !r.Erased, ct);
        ResponseRecorder.Record(Db, survey, version.Version, version.Questions, answers, null, respondent, message.PartnerId, Time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vendor survey response {SubmissionId} dropped: {Reason}")]
    private partial void LogDropped(Guid submissionId, string reason);
}
