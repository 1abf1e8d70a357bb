using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Http;
using Microsoft.AspNetCore.HttpOverrides;

namespace Crm.Identity;

public static class IdentityPipeline
{
    /// <summary>
    /// The gateway's scheme (X-Forwarded-Proto) counts, so behind a TLS-terminating gateway the service sees https;
    /// then problem details, authentication (cookie for the pages, bearer for the API), authorization and antiforgery.
    /// </summary>
    public static WebApplication UseIdentityPipeline(this WebApplication app)
    {
        CursorSigner.Use(CursorSigner.From(app.Configuration));
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseCrmProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
