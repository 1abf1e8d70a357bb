using Crm.Web.Api;
using Crm.Web.SignIn;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Crm.Web.Hosting;

public static class WebAppExtensions
{
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(WebSettings.Section).Get<WebSettings>() ?? new WebSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFluentUIComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.AddCrmSignIn(settings);
        builder.Services.AddCrmApi();
        return builder;
    }

    public static WebApplication UseWebApp(this WebApplication app)
    {
        // The gateway forwards /app/… as it is: the app lives under that path base, so its links, cookies and callbacks do.
        app.UsePathBase(WebSettings.PathBase);
        app.UseMiddleware<ContentSecurityPolicyMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWebApp<TApp>(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapRazorComponents<TApp>().AddInteractiveServerRenderMode();
        return app;
    }
}
