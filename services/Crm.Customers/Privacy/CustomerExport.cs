using Crm.Customers.Consents;
using Crm.Customers.Interactions;
using Crm.Customers.Profiles;
using Crm.Customers.Purchases;
using Crm.Customers.Timeline;

namespace Crm.Customers.Privacy;

/// <summary>Everything the customers service holds about one customer (GDPR access and portability).</summary>
public sealed record CustomerExport(
    DateTimeOffset ExportedAt,
    CustomerResponse Profile,
    IReadOnlyList<ConsentState> Consents,
    IReadOnlyList<ConsentHistoryItem> ConsentHistory,
    IReadOnlyList<InteractionResponse> Interactions,
    IReadOnlyList<PurchaseResponse> Purchases,
    IReadOnlyList<TimelineItem> Timeline);
