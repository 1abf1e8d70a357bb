using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Crm.PartnerData.Keys;

/// <summary>
/// Partner API keys: <c>crmpk_&lt;key id&gt;_&lt;256 random bits&gt;</c>. The id finds the stored hash; the whole key's
/// SHA-256 is compared in constant time. The prefix makes leaked keys easy to recognise in logs and scanners.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "crmpk_";

    public static (Guid KeyId, string Key, byte[] Hash) Create()
    {
        var id = Guid.CreateVersion7();
        var key = $"{Prefix}{id:N}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
        return (id, key, HashOf(key));
    }

    public static bool TryParseId(string? key, out Guid keyId)
    {
        keyId = Guid.Empty;
        return key is { Length: > 40 and < 200 } && key.StartsWith(Prefix, StringComparison.Ordinal)
            && key.Length > Prefix.Length + 33 && key[Prefix.Length + 32] == '_'
            && Guid.TryParseExact(key.AsSpan(Prefix.Length, 32), "N", out keyId);
    }

    public static byte[] HashOf(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string presented, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(HashOf(presented), storedHash);
}
