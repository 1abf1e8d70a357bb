using Crm.BuildingBlocks.Data;
using Crm.Identity.Keys;
using Crm.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Identity.Data;

/// <summary>
/// The identity database: ASP.NET Core Identity's users and roles, OpenIddict's clients, authorizations and tokens, the
/// signing keys, and the outbox and inbox every service has (it consumes <c>CustomerErased</c>).
/// </summary>
public abstract class IdentityDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<CrmUser> Users => Set<CrmUser>();
    public DbSet<IdentityRole> Roles => Set<IdentityRole>();
    public DbSet<IdentityUserRole<string>> UserRoles => Set<IdentityUserRole<string>>();
    public DbSet<StoredKey> Keys => Set<StoredKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        IdentityModel.Configure(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<StoredKey>(key =>
        {
            key.ToTable("SigningKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).HasMaxLength(64);
            key.Property(k => k.Purpose).HasMaxLength(32);
            key.HasIndex(k => k.Purpose).IsUnique();
        });
    }
}
