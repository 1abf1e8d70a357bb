using Crm.Contracts.PartnerData;

namespace Crm.PartnerData.PartnerApi;

public sealed record SurveyResponseSubmission(Guid? SurveyId, string? CustomerHashedEmail, IReadOnlyList<PartnerSurveyAnswer>? Answers);
