namespace Crm.ServiceDefaults.Auth;

/// <summary>
/// Token settings from configuration section <c>Auth</c>, handed out by the app host:
/// <c>Auth__SigningKey</c> (base64, ≥ 256 bits, HS256), <c>Auth__Issuer</c>, <c>Auth__Audience</c>.
/// </summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "crm-aspire";
    public string Audience { get; set; } = "crm-api";
    public string? SigningKey { get; set; }
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(1);
    /// <summary>The longest life an accepted access token may have been issued for (<c>Auth:MaxTokenLifetime</c>).</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public DevTokenSettings DevTokens { get; set; } = new();

    public byte[] SigningKeyBytes()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            throw new InvalidOperationException("Auth:SigningKey is not configured; the app host hands one to every service.");
        }

        var key = Convert.FromBase64String(SigningKey);
        return key.Length >= 32 ? key : throw new InvalidOperationException("Auth:SigningKey must be at least 256 bits.");
    }
}

public sealed class DevTokenSettings
{
    public bool Enabled { get; set; }
}
