namespace Crm.Gateway.Routing;

/// <summary>Who may pass the gateway on a route; the services check roles, scopes and ownership again.</summary>
public enum RouteAccess
{
    /// <summary>A valid JWT (staff or customer).</summary>
    Bearer,
    /// <summary>The URL carries the credential (survey invitation, unsubscribe): no login, strict per-IP limits.</summary>
    TokenInUrl,
    /// <summary>A partner's <c>X-Api-Key</c>; the partner-data service owns and checks the keys.</summary>
    PartnerKey,
    /// <summary>
    /// The identity service's protocol endpoints and pages (discovery, JWKS, authorize, token, sign-in forms): it checks
    /// its own credentials (cookie, client, code, password), so the gateway passes them on, limited per client IP.
    /// </summary>
    SignIn,
    /// <summary>
    /// The web console and portal (<c>/app</c>): pages, their assets and the live connection. The app checks its own cookie
    /// session and calls the API through the gateway like any client; this bounds one address's traffic.
    /// </summary>
    WebApp,
    /// <summary>No credential at all (the public <c>/health</c>): per client IP.</summary>
    Anonymous,
    /// <summary>A form anyone may send (the website's contact form): no credential, a few a minute per client IP against spam.</summary>
    PublicForm,
}
