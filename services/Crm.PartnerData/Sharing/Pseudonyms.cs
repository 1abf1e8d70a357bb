using System.Security.Cryptography;
using System.Text;

namespace Crm.PartnerData.Sharing;

/// <summary>
/// A customer's id for one partner: HMAC-SHA256 under a key derived per partner from our secret. Stable for that
/// partner, different for every other (so partners cannot join their data on it), and not reversible without the secret.
/// </summary>
public sealed class Pseudonyms(byte[] secret)
{
    public string For(Guid partnerId, Guid customerId)
    {
        var partnerKey = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("partner:" + partnerId.ToString("N")));
        return Convert.ToHexStringLower(HMACSHA256.HashData(partnerKey, customerId.ToByteArray()))[..40];
    }
}
