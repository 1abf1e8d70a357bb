using Crm.Identity.Data;
using Crm.Identity.Mail;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace Crm.Identity.Users;

/// <summary>What the users API's handlers need, bundled.</summary>
public sealed record UserServices(
    UserManager<CrmUser> Users,
    IdentityDbContext Db,
    AccountMail Mail,
    IOpenIddictTokenManager Tokens,
    TimeProvider Time,
    ILogger<UserServices> Logger);
