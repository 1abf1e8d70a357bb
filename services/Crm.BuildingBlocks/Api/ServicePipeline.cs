using Crm.BuildingBlocks.Api.Idempotency;
using Crm.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Crm.BuildingBlocks.Api;

public static class ServicePipeline
{
    /// <summary>The request pipeline every service shares: problem details, auth, idempotency keys, signed paging cursors.</summary>
    public static WebApplication UseCrmServicePipeline(this WebApplication app)
    {
        CursorSigner.Use(CursorSigner.From(app.Configuration));
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseCrmProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }
}
