namespace Crm.Web.SignIn;

/// <summary>A signed-in person's tokens: the access token the API is called with, the refresh token that renews it.</summary>
public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, string? IdToken)
{
    /// <summary>Renewed <paramref name="margin"/> before it runs out, so a call never leaves with a token that expires on the way.</summary>
    public bool NeedsRefresh(DateTimeOffset now, TimeSpan margin) => ExpiresAt - now < margin;
}
