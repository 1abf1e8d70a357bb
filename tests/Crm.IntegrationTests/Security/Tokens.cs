using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Crm.IntegrationTests.Security;

/// <summary>Hand-built JWTs an attacker could send: unsigned, forged, expired, for another audience or issuer.</summary>
public static class Tokens
{
    /// <summary>A JWT signed HS256 with <paramref name="hmacKey"/>, or with no signature at all when it is null.</summary>
    public static string Build(object header, object payload, byte[]? hmacKey)
    {
        var unsigned = Unsigned(header, payload);
        var signature = hmacKey is null ? "" : Base64Url(HMACSHA256.HashData(hmacKey, Encoding.ASCII.GetBytes(unsigned)));
        return $"{unsigned}.{signature}";
    }

    /// <summary>A JWT signed RS256 with <paramref name="key"/>.</summary>
    public static string BuildRs256(string keyId, object payload, RSA key)
    {
        var unsigned = Unsigned(new { alg = "RS256", typ = "JWT", kid = keyId }, payload);
        return $"{unsigned}.{Base64Url(key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))}";
    }

    public static Dictionary<string, object> Claims(string role, string issuer, string audience = "crm-api", TimeSpan? expiresIn = null, TimeSpan? issuedAgo = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new Dictionary<string, object>
        {
            ["sub"] = "mallory",
            ["role"] = new[] { role },
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = now.Subtract(issuedAgo ?? TimeSpan.FromMinutes(1)).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-10).ToUnixTimeSeconds(),
            ["exp"] = now.Add(expiresIn ?? TimeSpan.FromMinutes(10)).ToUnixTimeSeconds(),
        };
    }

    private static string Unsigned(object header, object payload) =>
        $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload))}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
