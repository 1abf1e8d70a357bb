using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Surveys.Invitations;

/// <summary>Unguessable invitation tokens (256 random bits), looked up by their SHA-256.</summary>
public static class InvitationTokens
{
    public static (string Token, byte[] Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, HashOf(token));
    }

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool LooksValid(string token) => token.Length is >= 40 and <= 64;
}
