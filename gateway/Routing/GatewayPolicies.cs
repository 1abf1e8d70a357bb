using Microsoft.AspNetCore.Authorization;

namespace Crm.Gateway.Routing;

public static class GatewayPolicies
{
    public const string Bearer = "bearer";

    public static void AddTo(AuthorizationOptions options) =>
        options.AddPolicy(Bearer, p => p.RequireAuthenticatedUser());
}
