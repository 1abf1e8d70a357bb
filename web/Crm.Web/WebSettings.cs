namespace Crm.Web;

/// <summary>
/// Configuration section <c>Web</c>, handed out by the app host: the gateway's public URL (the one address people and this
/// app use for the API and for signing in) and the confidential client's credentials at the identity service.
/// </summary>
public sealed class WebSettings
{
    public const string Section = "Web";
    public const string PathBase = "/app";

    public string PublicUrl { get; set; } = "http://127.0.0.1:8080/";
    public string ClientId { get; set; } = "crm-web";
    public string? ClientSecret { get; set; }
    /// <summary>How often the open pages look for new tickets and replies.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long before it expires an access token is renewed (a call never leaves with a token about to run out).</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(1);

    public Uri PublicUri => new(PublicUrl.EndsWith('/') ? PublicUrl : PublicUrl + "/");

    /// <summary>Where people reach this app: the gateway's URL and <c>app/</c>.</summary>
    public Uri AppUri => new(PublicUri, "app/");

    /// <summary>Plain http only on this machine (local development and tests).</summary>
    public bool IsLoopbackHttp => PublicUri.Scheme == Uri.UriSchemeHttp && PublicUri.IsLoopback;
}
