using Crm.Tickets.Channels.Attachments;
using Crm.Tickets.Channels.Contact;
using Crm.Tickets.Channels.Mail;
using Crm.Tickets.Channels.Social;
using Crm.Tickets.Desk;

namespace Crm.Tickets.Channels;

/// <summary>
/// The desk's channels: mail in (the support address's SMTP listener) and out (the mail outbox and its relay), the
/// website's contact form, the social networks' signed webhooks.
/// </summary>
public static class ChannelsRegistration
{
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailChannelOptions>().BindConfiguration(MailChannelOptions.Section);
        builder.Services.AddScoped<TicketServices>();
        builder.Services.AddScoped<MailIntake>();
        builder.Services.AddScoped<SocialIntake>();
        builder.Services.AddSingleton<SupportMessageStore>();
        builder.Services.AddHostedService<MailListener>();
        builder.Services.AddHostedService<MailRelay>();
        return builder;
    }

    public static IEndpointRouteBuilder MapChannelsApi(this IEndpointRouteBuilder app)
    {
        app.MapAttachmentsApi();
        app.MapMailDeliveriesApi();
        app.MapContactApi();
        app.MapSocialWebhookApi();
        return app;
    }
}
