namespace Crm.PartnerData.Partners;

public sealed record CreatePartnerRequest(string? Name, string? Industry);
