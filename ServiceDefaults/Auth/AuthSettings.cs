namespace Crm.ServiceDefaults.Auth;

/// <summary>
/// Token settings from configuration section <c>Auth</c>, handed out by the app host: <c>Auth__Authority</c> (the OpenID
/// Connect provider whose discovery document and published keys tokens are validated with: the suite's identity service
/// at the gateway's public URL, or any other provider) and <c>Auth__Audience</c>. No signing secret is shared.
/// </summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    public string? Authority { get; set; }
    public string Audience { get; set; } = "crm-api";
    /// <summary>Where the discovery document is read, when not at <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? MetadataAddress { get; set; }
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>The longest life an accepted access token may have been issued for (<c>Auth:MaxTokenLifetime</c>).</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Discovery over plain http only for a provider on this machine (local runs and tests); anywhere else https.</summary>
    public bool RequireHttpsMetadata =>
        !(Uri.TryCreate(MetadataAddress ?? Authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
