namespace Crm.ServiceDefaults.Auth;

/// <summary>
/// A token is accepted only while it is valid and only if it was issued for a short life: <c>exp − iat</c> at most
/// <see cref="AuthSettings.MaxTokenLifetime"/>, and <c>exp</c> no further from now than that plus the clock skew, so a
/// token minted for years is worthless even with a valid signature.
/// </summary>
public sealed class TokenLifetimePolicy(AuthSettings settings, TimeProvider time)
{
    public bool Accepts(DateTime? notBefore, DateTime? expires, DateTime? issuedAt)
    {
        if (expires is not { } exp)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var skew = settings.ClockSkew;
        var max = settings.MaxTokenLifetime;
        var notYetValid = notBefore is { } nbf && (nbf > now + skew || nbf >= exp);
        var expired = exp <= now - skew;
        var livesTooLong = exp > now + max + skew || (issuedAt is { } iat && exp - iat > max);
        return !notYetValid && !expired && !livesTooLong;
    }
}
