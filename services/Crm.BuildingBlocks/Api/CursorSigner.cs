using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Crm.BuildingBlocks.Api;

/// <summary>
/// Makes paging cursors tamper-evident: <c>payload.tag</c>, the tag an HMAC-SHA256 of the payload (first 128 bits) under
/// <c>Paging:CursorKey</c> (base64, at least 256 bits). Every instance of a service must share that key; without one each
/// process draws a random key at start, so a cursor is good only in the process that issued it and, after a restart,
/// answers "not a cursor this service issued" (the client starts again from the first page).
/// </summary>
public sealed class CursorSigner
{
    public const string KeySetting = "Paging:CursorKey";
    private const int TagBytes = 16;
    private readonly byte[] _key;

    public CursorSigner(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException($"{KeySetting} must be at least 256 bits.", nameof(key));
        }

        _key = key;
    }

    /// <summary>The signer of this process, set from configuration when the service pipeline is built.</summary>
    public static CursorSigner Current { get; private set; } = WithRandomKey();

    public static CursorSigner WithRandomKey() => new(RandomNumberGenerator.GetBytes(32));

    public static CursorSigner From(IConfiguration configuration) =>
        configuration[KeySetting] is { Length: > 0 } key ? new CursorSigner(Convert.FromBase64String(key)) : WithRandomKey();

    public static void Use(CursorSigner signer) => Current = signer;

    public string Sign(ReadOnlySpan<byte> payload) =>
        $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Tag(payload))}";

    /// <summary>The payload of a cursor signed with this key, or null for anything else.</summary>
    public byte[]? Verify(string cursor)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(cursor.AsSpan(0, dot)) || !Base64Url.IsValid(cursor.AsSpan(dot + 1)))
        {
            return null;
        }

        var payload = Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
        var tag = Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1));
        return CryptographicOperations.FixedTimeEquals(tag, Tag(payload)) ? payload : null;
    }

    private byte[] Tag(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload)[..TagBytes];
}
