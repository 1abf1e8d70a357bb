using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Crm.Campaigns.Campaigns;

namespace Crm.Campaigns.Unsubscribe;

/// <summary>
/// Signed, compact unsubscribe tokens: version, customer id, campaign id and channel, followed by a truncated
/// HMAC-SHA256 under a key derived from the configured secret. Anything altered or unknown does not read.
/// </summary>
public sealed class UnsubscribeTokens
{
    private const byte Version = 1;
    private const int PayloadLength = 1 + 16 + 16 + 1;
    private const int MacLength = 16;
    private readonly byte[] _key;

    public UnsubscribeTokens(byte[] secret)
    {
        _key = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("crm-campaigns-unsubscribe-v1"));
    }

    public string Issue(UnsubscribeClaim claim)
    {
        Span<byte> token = stackalloc byte[PayloadLength + MacLength];
        token[0] = Version;
        claim.CustomerId.TryWriteBytes(token.Slice(1, 16));
        claim.CampaignId.TryWriteBytes(token.Slice(17, 16));
        token[33] = (byte)claim.Channel;
        Mac(token[..PayloadLength], token[PayloadLength..]);
        return Base64Url.EncodeToString(token);
    }

    public bool TryRead(string? token, out UnsubscribeClaim? claim)
    {
        claim = null;
        Span<byte> bytes = stackalloc byte[PayloadLength + MacLength + 3];
        if (string.IsNullOrEmpty(token) || token.Length > 100
            || !TryDecode(token, bytes, out var written) || written != PayloadLength + MacLength
            || bytes[0] != Version)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[MacLength];
        Mac(bytes[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.Slice(PayloadLength, MacLength)) || !Enum.IsDefined((CampaignChannel)bytes[33]))
        {
            return false;
        }

        claim = new UnsubscribeClaim(new Guid(bytes.Slice(1, 16)), (CampaignChannel)bytes[33], new Guid(bytes.Slice(17, 16)));
        return true;
    }

    private static bool TryDecode(string token, Span<byte> bytes, out int written)
    {
        try
        {
            return Base64Url.TryDecodeFromChars(token, bytes, out written);
        }
        catch (FormatException)
        {
            written = 0;
            return false;
        }
    }

    private void Mac(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(_key, payload, full);
        full[..MacLength].CopyTo(destination);
    }
}
