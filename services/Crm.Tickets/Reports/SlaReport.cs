using Crm.Tickets.Desk;

namespace Crm.Tickets.Reports;

/// <summary>
/// The desk's management report over tickets opened in a period: counts by status and priority, the share of first
/// responses and resolutions within their deadlines (among tickets that had one, or whose deadline has passed), and
/// the median time to first response.
/// </summary>
public sealed record SlaReport(
    int Tickets,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByPriority,
    double? FirstResponseAttainment,
    double? ResolutionAttainment,
    double? MedianMinutesToFirstResponse)
{
    public static SlaReport Compute(IReadOnlyCollection<TicketFact> tickets, DateTimeOffset now)
    {
        var firstResponseMeasured = tickets.Where(t => t.FirstResponseAt is not null || t.FirstResponseDueAt <= now).ToList();
        var resolutionMeasured = tickets.Where(t => t.ResolvedAt is not null || t.ResolutionDueAt <= now).ToList();
        var minutes = tickets.Where(t => t.FirstResponseAt is not null).Select(t => (t.FirstResponseAt!.Value - t.CreatedAt).TotalMinutes).Order().ToList();

        return new SlaReport(
            tickets.Count,
            Enum.GetValues<TicketStatus>().ToDictionary(TicketWorkflow.Name, s => tickets.Count(t => t.Status == s)),
            Enum.GetValues<TicketPriority>().ToDictionary(p => p.ToString().ToLowerInvariant(), p => tickets.Count(t => t.Priority == p)),
            Percent(firstResponseMeasured.Count(t => t.FirstResponseAt is { } at && at <= t.FirstResponseDueAt), firstResponseMeasured.Count),
            Percent(resolutionMeasured.Count(t => t.ResolvedAt is { } at && at <= t.ResolutionDueAt), resolutionMeasured.Count),
            Median(minutes));
    }

    private static double? Percent(int met, int measured) => measured == 0 ? null : Math.Round(100.0 * met / measured, 1);

    private static double? Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);
}
