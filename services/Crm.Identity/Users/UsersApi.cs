using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Identity.Users;

/// <summary>Staff accounts, managed by admins (API.md, identity): create with an emailed set-password link, list, change.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme, Policy = CrmPolicies.Admin })
            .DisableAntiforgery();
        api.MapPost("/", CreateUser).WithName("CreateUser").WithSummary("Create a staff account and mail its set-password link");
        api.MapGet("/", ListUsers).WithName("ListUsers").WithSummary("List the accounts");
        api.MapPatch("/{id:guid}", UpdateUser).WithName("UpdateUser").WithSummary("Change an account's roles, team or disabled state");
        return api;
    }

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> CreateUser(CreateUserRequest request, [AsParameters] UserServices services, CancellationToken ct)
    {
        var errors = new ValidationErrors().Email("email", request.Email).Name("name", request.Name, 200).MaxLength("team", request.Team, 100);
        Roles(errors, request.Roles, required: true);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var email = request.Email!.Trim();
        if (await services.Users.FindByEmailAsync(email) is not null)
        {
            return Problems.Conflict("An account with this email already exists.");
        }

        var user = new CrmUser
        {
            Id = Guid.CreateVersion7().ToString(), UserName = email, Email = email, EmailConfirmed = true,
            Name = request.Name!.Trim(), Team = Blank(request.Team), CreatedAt = services.Time.GetUtcNow(),
        };
        var created = await services.Users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Problems.Validation("email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await services.Users.AddToRolesAsync(user, request.Roles!.Distinct());
        await services.Mail.SendSetPasswordAsync(user, ct);
        services.Logger.LogInformation("Staff account {UserId} created with roles {Roles}", user.Id, request.Roles);
        return TypedResults.Created($"/api/users/{user.Id}", UserResponse.From(user, request.Roles!.Distinct()));
    }

    public static async Task<Results<Ok<Page<UserResponse>>, ProblemHttpResult>> ListUsers([AsParameters] UserServices services, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Users.AsNoTracking();
        if (page.After is { } after)
        {
            var afterId = after.Id.ToString();
            // string.Compare without a comparison is what EF Core translates to SQL: the column's own (binary) collation.
#pragma warning disable CA1309
            query = query.Where(u => string.Compare(u.Id, afterId) > 0);
#pragma warning restore CA1309
        }

        var users = await query.OrderBy(u => u.Id).Take(page.Limit + 1).ToListAsync();
        var ids = users.Select(u => u.Id).ToList();
        var roles = await services.Db.UserRoles.Where(r => ids.Contains(r.UserId))
            .Join(services.Db.Roles, link => link.RoleId, role => role.Id, (link, role) => new { link.UserId, role.Name })
            .ToListAsync();
        return TypedResults.Ok(page.ToPage(users, u => new Cursor("", Guid.Parse(u.Id)),
            u => UserResponse.From(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!))));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> UpdateUser(Guid id, UpdateUserRequest request, [AsParameters] UserServices services, CancellationToken ct)
    {
        var errors = new ValidationErrors().MaxLength("team", request.Team, 100);
        Roles(errors, request.Roles, required: false);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await services.Users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return Problems.NotFound("User");
        }

        var roles = await services.Users.GetRolesAsync(user);
        if (request.Roles is { } wanted)
        {
            var keep = roles.Where(r => !StaffRoles.All.Contains(r)).Concat(wanted.Distinct()).ToList();
            await services.Users.RemoveFromRolesAsync(user, roles.Except(keep));
            await services.Users.AddToRolesAsync(user, keep.Except(roles));
            roles = keep;
        }

        user.Team = request.Team is null ? user.Team : Blank(request.Team);
        user.Disabled = request.Disabled ?? user.Disabled;
        await services.Users.UpdateAsync(user);
        if (request.Disabled == true)
        {
            // Refresh tokens already handed out stop working at once; the token endpoint refuses a disabled user too.
            await services.Tokens.RevokeBySubjectAsync(user.Id, ct);
            await services.Users.UpdateSecurityStampAsync(user);
        }

        services.Logger.LogInformation("Account {UserId} changed: roles {Roles}, disabled {Disabled}", user.Id, roles, user.Disabled);
        return TypedResults.Ok(UserResponse.From(user, roles));
    }

    private static void Roles(ValidationErrors errors, IReadOnlyList<string>? roles, bool required)
    {
        if (roles is null ? required : roles.Count == 0 || roles.Any(r => !StaffRoles.All.Contains(r)))
        {
            errors.Add("roles", $"One or more of: {string.Join(", ", StaffRoles.All)}.");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
