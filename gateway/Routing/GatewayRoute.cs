namespace Crm.Gateway.Routing;

/// <summary>One public path pattern of API.md and the service behind it.</summary>
public sealed record GatewayRoute(string Id, string Service, string Path, RouteAccess Access);
