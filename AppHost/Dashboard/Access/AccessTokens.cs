using System.Security.Cryptography;
using System.Text;

namespace Crm.AppHost.Dashboard.Access;

public static class AccessTokens
{
    /// <summary>128 random bits as hex: unguessable, and safe in a URL and a cookie.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool Matches(string? presented, string expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
