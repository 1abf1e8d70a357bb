namespace Crm.ServiceDefaults.Http;

/// <summary>What the public contract needs to know about one endpoint to say which problems it can answer.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="RequiresCaller">Authorization is required (no <c>AllowAnonymous</c>).</param>
/// <param name="HasRouteParameters">The path names a resource (<c>{id}</c>, <c>{token}</c>, …).</param>
/// <param name="HasQueryParameters">The query carries values that can be malformed or invalid.</param>
/// <param name="HasBody">The request carries a JSON body.</param>
public sealed record OperationFacts(string Method, bool RequiresCaller, bool HasRouteParameters, bool HasQueryParameters, bool HasBody)
{
    public bool Changes => Method is "POST" or "PUT" or "PATCH" or "DELETE";
}
