namespace Crm.Surveys.Responses;

/// <summary>A response, with the segmenting attributes of the respondent at the time (so aggregates survive erasure).</summary>
public sealed class SurveyResponse
{
    public Guid Id { get; set; }
    public Guid SurveyId { get; set; }
    public int SurveyVersion { get; set; }
    public Guid? InvitationId { get; set; }
    public Guid? CustomerId { get; set; }
    public Dictionary<string, string> Answers { get; set; } = [];
    public int? Nps { get; set; }
    public int? Csat { get; set; }
    public string? Country { get; set; }
    public string? LifecycleStage { get; set; }
    public Guid? VendorPartnerId { get; set; }
    public DateTimeOffset RespondedAt { get; set; }
}
