namespace Crm.Web.Hosting;

/// <summary>
/// Everything the pages load comes from this app (scripts, styles, fonts, images) and every request goes to the same
/// origin (the gateway): no CDN, no third-party script can run even if a component asks for one.
/// </summary>
public sealed class ContentSecurityPolicyMiddleware(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
