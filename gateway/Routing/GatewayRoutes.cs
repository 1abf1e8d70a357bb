using Crm.Contracts;

namespace Crm.Gateway.Routing;

/// <summary>The public contract's paths (API.md) mapped to the services that own them. More specific paths win.</summary>
public static class GatewayRoutes
{
    public static readonly IReadOnlyList<GatewayRoute> All =
    [
        new("customers", ResourceNames.Customers, "/api/customers/{**rest}", RouteAccess.Bearer),
        new("me", ResourceNames.Customers, "/api/me/{**rest}", RouteAccess.Bearer),
        new("me-tickets", ResourceNames.Tickets, "/api/me/tickets/{**rest}", RouteAccess.Bearer),
        new("me-surveys", ResourceNames.Surveys, "/api/me/surveys/{**rest}", RouteAccess.Bearer),
        new("tickets", ResourceNames.Tickets, "/api/tickets/{**rest}", RouteAccess.Bearer),
        new("surveys", ResourceNames.Surveys, "/api/surveys/{**rest}", RouteAccess.Bearer),
        new("survey-invitation", ResourceNames.Surveys, "/api/surveys/invitations/{token}/{**rest}", RouteAccess.TokenInUrl),
        new("survey-invitations-staff", ResourceNames.Surveys, "/api/surveys/invitations", RouteAccess.Bearer),
        new("segments", ResourceNames.Campaigns, "/api/segments/{**rest}", RouteAccess.Bearer),
        new("campaigns", ResourceNames.Campaigns, "/api/campaigns/{**rest}", RouteAccess.Bearer),
        new("recommendations", ResourceNames.Campaigns, "/api/recommendations/{**rest}", RouteAccess.Bearer),
        new("unsubscribe", ResourceNames.Campaigns, "/api/unsubscribe/{**rest}", RouteAccess.TokenInUrl),
        new("partners", ResourceNames.PartnerData, "/api/partners/{**rest}", RouteAccess.Bearer),
        new("partner-api", ResourceNames.PartnerData, "/partner/v1/{**rest}", RouteAccess.PartnerKey),
        new("users", ResourceNames.Identity, "/api/users/{**rest}", RouteAccess.Bearer),
        new("oidc-discovery", ResourceNames.Identity, "/.well-known/{**rest}", RouteAccess.SignIn),
        new("oidc-connect", ResourceNames.Identity, "/connect/{**rest}", RouteAccess.SignIn),
        new("account-pages", ResourceNames.Identity, "/account/{**rest}", RouteAccess.SignIn),
        new("dev-token", ResourceNames.Identity, "/dev/token", RouteAccess.SignIn),
        new("companies", ResourceNames.Customers, "/api/companies/{**rest}", RouteAccess.Bearer),
        new("opportunities", ResourceNames.Customers, "/api/opportunities/{**rest}", RouteAccess.Bearer),
        new("activities", ResourceNames.Customers, "/api/activities/{**rest}", RouteAccess.Bearer),
        new("products", ResourceNames.Customers, "/api/products/{**rest}", RouteAccess.Bearer),
        new("orders", ResourceNames.Customers, "/api/orders/{**rest}", RouteAccess.Bearer),
        new("contact", ResourceNames.Tickets, "/api/contact", RouteAccess.PublicForm),
        new("channels", ResourceNames.Tickets, "/api/channels/{**rest}", RouteAccess.Anonymous),
        new("web-app", ResourceNames.Web, "/app/{**rest}", RouteAccess.WebApp),
    ];
}
