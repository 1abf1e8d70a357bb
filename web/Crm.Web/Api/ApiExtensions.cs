namespace Crm.Web.Api;

public static class ApiExtensions
{
    public const string ClientName = "crm-api";

    public static IServiceCollection AddCrmApi(this IServiceCollection services)
    {
        // The API is the gateway's public URL, never a service directly: the same door, limits and checks as any client.
        services.AddHttpClient(ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<UserAccessTokens>();
        services.AddScoped<ApiClients>();
        return services;
    }
}
