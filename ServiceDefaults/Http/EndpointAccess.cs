using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.ServiceDefaults.Http;

/// <summary>Who may call an endpoint, read from its authorization metadata as the authorization middleware reads it.</summary>
public static class EndpointAccess
{
    /// <summary>The combined policy of the endpoint and its groups, or null when anyone may call it.</summary>
    public static async Task<AuthorizationPolicy?> PolicyAsync(ApiDescription description, IServiceProvider services)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return null;
        }

        var authorizeData = metadata.OfType<IAuthorizeData>().ToList();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        if (authorizeData.Count == 0 && policies.Count == 0)
        {
            return null;
        }

        var provider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        return await AuthorizationPolicy.CombineAsync(provider, authorizeData, policies);
    }
}
