namespace Crm.Surveys.Results;

public sealed record TrendPoint(string Month, int Responses, double? Nps, double? Csat);
