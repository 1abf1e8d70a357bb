using System.Security.Cryptography;
using System.Text;

namespace Crm.PartnerData.Sharing;

public static class EmailHash
{
    /// <summary>SHA-256 hex of the trimmed lower-case email, the form partners hash their lists in.</summary>
    public static string Of(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    public static bool IsValid(string? hash) => hash is { Length: 64 } && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
