using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Crm.IntegrationTests.Security;

/// <summary>Hand-built JWTs an attacker could send: unsigned, forged, expired, for another audience.</summary>
public static class Tokens
{
    public static string Build(object header, object payload, byte[]? key)
    {
        var head = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header));
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = key is null ? "" : Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{head}.{body}")));
        return $"{head}.{body}.{signature}";
    }

    public static Dictionary<string, object> Claims(string role, string audience = "crm-api", string issuer = "crm-aspire", TimeSpan? expiresIn = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new Dictionary<string, object>
        {
            ["sub"] = "mallory",
            ["role"] = new[] { role },
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = now.AddMinutes(-10).ToUnixTimeSeconds(),
            ["exp"] = now.Add(expiresIn ?? TimeSpan.FromMinutes(10)).ToUnixTimeSeconds(),
        };
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
