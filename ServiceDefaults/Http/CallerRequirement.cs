using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Crm.ServiceDefaults.Http;

/// <summary>One sentence for the reader of the contract: who may call an operation, from its authorization policy.</summary>
public static class CallerRequirement
{
    public static string Describe(AuthorizationPolicy? policy)
    {
        if (policy is null)
        {
            return "Who may call: anyone, without signing in.";
        }

        var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>()
            .Select(r => r.AllowedRoles)
            .Aggregate((IEnumerable<string>?)null, (all, next) => all is null ? next : all.Intersect(next))
            ?.ToList();
        var claims = policy.Requirements.OfType<ClaimsAuthorizationRequirement>()
            .Select(c => c.AllowedValues is { } values && values.Any() ? $"{c.ClaimType} {string.Join(" or ", values)}" : c.ClaimType)
            .ToList();
        var schemes = policy.AuthenticationSchemes.Count > 0 ? string.Join(" or ", policy.AuthenticationSchemes) : "Bearer";

        if (roles is { Count: > 0 })
        {
            return $"Who may call: the roles {string.Join(", ", roles)}.";
        }

        return claims.Count > 0
            ? $"Who may call: a {schemes} credential with {string.Join(" and ", claims)}."
            : $"Who may call: any caller signed in with {schemes}.";
    }
}
