namespace Crm.Gateway.RateLimiting;

/// <summary>Per route group limits (configuration section <c>Gateway:RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    /// <summary>Routes whose URL carries the credential: per client IP, strict, against token enumeration (API.md: 60 a minute).</summary>
    public RateLimitRule TokenInUrl { get; set; } = new() { PermitLimit = 60, ExactAcrossInstances = true };
    /// <summary>Partner API: per API key.</summary>
    public RateLimitRule PartnerKey { get; set; } = new() { PermitLimit = 1200 };
    /// <summary>
    /// Staff and customer API, every signed-in route: per user (JWT <c>sub</c>), or per IP without a valid token. Ten a
    /// second on average is far more than a person clicks, and bounds what one stolen or scripted token can do.
    /// </summary>
    public RateLimitRule Bearer { get; set; } = new() { PermitLimit = 600 };
    /// <summary>
    /// Sign-in pages and OpenID Connect endpoints: per client IP. Password guessing is bounded per account by the identity
    /// service's lockout; this bounds one address's traffic (a busy office shares one address, so it is generous).
    /// </summary>
    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 1200 };
    /// <summary>The web app's pages, assets and live connections: per client IP (a page load fetches a dozen assets).</summary>
    public RateLimitRule WebApp { get; set; } = new() { PermitLimit = 2400 };
    /// <summary>The gateway's anonymous endpoints (public <c>/health</c>): per client IP.</summary>
    public RateLimitRule Anonymous { get; set; } = new() { PermitLimit = 300 };
    /// <summary>Public forms (the contact form): per client IP, five a minute (API.md), exact across gateways.</summary>
    public RateLimitRule PublicForm { get; set; } = new() { PermitLimit = 5, ExactAcrossInstances = true };

    /// <summary>
    /// How often a gateway sends the hits it admitted to Redis and learns the other instances' counts. Between two
    /// syncs each other instance may admit at most what it saw in one interval beyond the shared limit.
    /// </summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMilliseconds(100);
}
