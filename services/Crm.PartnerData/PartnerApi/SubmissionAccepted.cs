namespace Crm.PartnerData.PartnerApi;

public sealed record SubmissionAccepted(Guid SubmissionId);
