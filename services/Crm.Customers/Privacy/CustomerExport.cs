using Crm.Customers.Activities;
using Crm.Customers.Consents;
using Crm.Customers.Interactions;
using Crm.Customers.Loyalty;
using Crm.Customers.Opportunities;
using Crm.Customers.Orders;
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
    IReadOnlyList<TimelineItem> Timeline,
    IReadOnlyList<OrderResponse>? Orders = null,
    IReadOnlyList<LedgerLine>? Loyalty = null,
    IReadOnlyList<ActivityResponse>? Activities = null,
    IReadOnlyList<OpportunityResponse>? Opportunities = null);
