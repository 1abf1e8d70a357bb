namespace Crm.Identity.Keys;

/// <summary>A key of the identity service kept in its database, so every instance and every restart signs with the same one.</summary>
public sealed class StoredKey
{
    public required string Id { get; init; }
    public required string Purpose { get; init; }
    /// <summary>PKCS#8 PEM of the private RSA key (signing), or base64 of the symmetric key (encryption).</summary>
    public required string Material { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public const string Signing = "signing";
    public const string Encryption = "encryption";
}
