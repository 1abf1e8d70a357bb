using System.Security.Cryptography;
using Crm.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Identity.Keys;

/// <summary>
/// The token signing key (RSA, RS256, with a key id published in JWKS) and the key that encrypts codes and refresh tokens:
/// generated once, stored in the identity database, and loaded on every start, so tokens outlive restarts.
/// </summary>
public sealed class KeyRing
{
    private RsaSecurityKey? _signing;
    private SymmetricSecurityKey? _encryption;

    public RsaSecurityKey Signing => _signing ?? throw new InvalidOperationException("The keys are loaded at startup, before requests are served.");
    public SymmetricSecurityKey Encryption => _encryption ?? throw new InvalidOperationException("The keys are loaded at startup, before requests are served.");

    public SigningCredentials SigningCredentials => new(Signing, SecurityAlgorithms.RsaSha256);

    public async Task LoadAsync(IdentityDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        var signing = await db.Keys.AsNoTracking().Where(k => k.Purpose == StoredKey.Signing).OrderBy(k => k.CreatedAt).FirstOrDefaultAsync(ct)
            ?? await AddAsync(db, StoredKey.Signing, NewRsaPem(), time, ct);
        var encryption = await db.Keys.AsNoTracking().Where(k => k.Purpose == StoredKey.Encryption).OrderBy(k => k.CreatedAt).FirstOrDefaultAsync(ct)
            ?? await AddAsync(db, StoredKey.Encryption, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), time, ct);

        var rsa = RSA.Create();
        rsa.ImportFromPem(signing.Material);
        _signing = new RsaSecurityKey(rsa) { KeyId = signing.Id };
        _encryption = new SymmetricSecurityKey(Convert.FromBase64String(encryption.Material)) { KeyId = encryption.Id };
    }

    private static string NewRsaPem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private static async Task<StoredKey> AddAsync(IdentityDbContext db, string purpose, string material, TimeProvider time, CancellationToken ct)
    {
        var key = new StoredKey { Id = Guid.CreateVersion7().ToString("N"), Purpose = purpose, Material = material, CreatedAt = time.GetUtcNow() };
        db.Keys.Add(key);
        try
        {
            await db.SaveChangesAsync(ct);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another instance stored its key first: use that one, so all instances sign alike.
            db.ChangeTracker.Clear();
            return await db.Keys.AsNoTracking().Where(k => k.Purpose == purpose).OrderBy(k => k.CreatedAt).FirstAsync(ct);
        }
    }
}
