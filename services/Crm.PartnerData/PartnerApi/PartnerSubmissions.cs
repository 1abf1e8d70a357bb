using Crm.BuildingBlocks.Api;
using Crm.Contracts.Customers;
using Crm.Contracts.PartnerData;
using Crm.PartnerData.Contributions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.PartnerApi;

/// <summary>What partners send in through <c>/partner/v1</c> (mapped by <see cref="PartnerApiEndpoints"/>): attributes about shared customers, and survey responses their vendors collected.</summary>
public static class PartnerSubmissions
{
    private const int MaxRecords = 1000;
    private const int MaxAttributes = 20;

    public static async Task<Results<Accepted<ContributionsResponse>, ProblemHttpResult>> Contribute(ContributionsRequest request, [AsParameters] PartnerApiServices services, HttpContext http)
    {
        var records = request.Records ?? [];
        var errors = new ValidationErrors()
            .When(records.Count == 0 || records.Count > MaxRecords, "records", $"1 to {MaxRecords} records.")
            .When(records.Any(r => !EmailHash.IsValid(r?.HashedEmail)), "records", "Each needs a hashedEmail of 64 lower-case hex characters.")
            .When(records.Any(r => r?.Attributes is not { Count: > 0 and <= MaxAttributes }), "records", $"Each needs 1 to {MaxAttributes} attributes.")
            .When(records.Any(r => r?.Attributes?.Any(a => a.Key.Length is 0 or > 64 || a.Value is null || a.Value.Length > 256) == true), "records", "Attribute names are 1–64 characters, values at most 256.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var partnerId = PartnerClaims.PartnerOf(http.User);
        var now = services.Time.GetUtcNow();
        var hashes = records.Select(r => r.HashedEmail!).Distinct().ToList();
        var matched = await services.Db.Customers.AsNoTracking()
            .Where(c => c.PartnerSharingConsent && !c.Erased && hashes.Contains(c.HashedEmail))
            .ToDictionaryAsync(c => c.HashedEmail, c => c.CustomerId);
        var count = 0;
        foreach (var record in records)
        {
            if (!matched.TryGetValue(record.HashedEmail!, out var customerId))
            {
                continue;
            }

            var contribution = new Contribution { Id = Guid.CreateVersion7(), PartnerId = partnerId, CustomerId = customerId, Attributes = record.Attributes!, ReceivedAt = now };
            services.Db.Contributions.Add(contribution);
            services.Db.Publish(new PartnerAttributesContributed(contribution.Id, partnerId, customerId, contribution.Attributes, now), now);
            count++;
        }

        await services.Db.SaveChangesAsync();
        http.Items[PartnerClaims.AuditRecordsItem] = count;
        return TypedResults.Accepted((string?)null, new ContributionsResponse(records.Count, count));
    }

    public static async Task<Results<Accepted<SubmissionAccepted>, ProblemHttpResult>> SubmitSurveyResponse(
        SurveyResponseSubmission request, [AsParameters] PartnerApiServices services, HttpContext http)
    {
        var answers = request.Answers ?? [];
        var errors = new ValidationErrors()
            .When(request.SurveyId is null || request.SurveyId == Guid.Empty, "surveyId", "Required.")
            .When(!EmailHash.IsValid(request.CustomerHashedEmail), "customerHashedEmail", "64 lower-case hex characters.")
            .When(answers.Count is 0 or > 100, "answers", "1 to 100 answers.")
            .When(answers.Any(a => a is null || string.IsNullOrWhiteSpace(a.Key) || a.Key.Length > 64 || a.Value is null || a.Value.Length > 2000), "answers", "Each needs a key (≤ 64) and a value (≤ 2000).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var partnerId = PartnerClaims.PartnerOf(http.User);
        var now = services.Time.GetUtcNow();
        var customerId = await services.Db.Customers.AsNoTracking().Where(c => c.HashedEmail == request.CustomerHashedEmail && !c.Erased)
            .Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync();
        var submission = new PartnerSurveyResponseSubmitted(Guid.CreateVersion7(), partnerId, request.SurveyId!.Value, customerId, request.CustomerHashedEmail!, answers, now);
        services.Db.Publish(submission, now);
        await services.Db.SaveChangesAsync();
        http.Items[PartnerClaims.AuditRecordsItem] = 1;
        return TypedResults.Accepted((string?)null, new SubmissionAccepted(submission.SubmissionId));
    }
}
