using System.Security.Cryptography;
using System.Text;

namespace Crm.Contracts.Customers;

/// <summary>
/// The one hashed form of an email, shared with partners and vendors: SHA-256 hex (lower case) of the trimmed
/// lower-case email. Services match customers by it without holding or sending the address.
/// </summary>
public static class EmailHash
{
    /// <summary>The hash of the email; no email (an erased or unknown one) has no hash.</summary>
    public static string Of(string email) =>
        email.Length == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    public static bool IsValid(string? hash) => hash is { Length: 64 } && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
