namespace Crm.PartnerData.Partners;

public sealed record AuditResponse(Guid KeyId, string Method, string Route, int Status, int Records, DateTimeOffset At);
