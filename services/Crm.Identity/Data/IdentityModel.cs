using Crm.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Identity.Data;

/// <summary>
/// The tables ASP.NET Core Identity's stores read and write (users, roles, their links, claims, logins and tokens), mapped
/// on the service's own context, which carries the outbox and inbox as every service's does.
/// </summary>
public static class IdentityModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<CrmUser>(user =>
        {
            user.ToTable("Users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Id).HasMaxLength(64);
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.HasIndex(u => u.NormalizedEmail);
            user.HasIndex(u => u.CustomerId);
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            user.Property(u => u.UserName).HasMaxLength(256);
            user.Property(u => u.NormalizedUserName).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
            user.Property(u => u.Name).HasMaxLength(200);
            user.Property(u => u.Team).HasMaxLength(100);
            user.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            user.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            user.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            user.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        model.Entity<IdentityUserClaim<string>>(claim =>
        {
            claim.ToTable("UserClaims");
            claim.HasKey(c => c.Id);
        });
        model.Entity<IdentityUserLogin<string>>(login =>
        {
            login.ToTable("UserLogins");
            login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        model.Entity<IdentityUserToken<string>>(token =>
        {
            token.ToTable("UserTokens");
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });
        model.Entity<IdentityRole>(role =>
        {
            role.ToTable("Roles");
            role.HasKey(r => r.Id);
            role.Property(r => r.Id).HasMaxLength(64);
            role.HasIndex(r => r.NormalizedName).IsUnique();
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            role.Property(r => r.Name).HasMaxLength(256);
            role.Property(r => r.NormalizedName).HasMaxLength(256);
            role.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            role.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
        });
        model.Entity<IdentityRoleClaim<string>>(claim =>
        {
            claim.ToTable("RoleClaims");
            claim.HasKey(c => c.Id);
        });
        model.Entity<IdentityUserRole<string>>(link =>
        {
            link.ToTable("UserRoles");
            link.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}
