using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.Tickets.Channels.Intake;
using Crm.Tickets.Channels.Mail;
using Crm.Tickets.Desk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Crm.Tickets.Channels.Contact;

public static class ContactApi
{
    public static void MapContactApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/contact", Contact).WithTags("Channels").AllowAnonymous()
            .WithName("ContactUs").WithSummary("The website's contact form: opens a ticket (channel web) for the sender, a new lead when unknown");

    public static async Task<Results<Accepted<ContactAccepted>, ProblemHttpResult>> Contact(
        ContactRequest request, [AsParameters] TicketServices services, IOptions<MailChannelOptions> options, ILogger<ContactRequest> logger)
    {
        var errors = new ValidationErrors()
            .Name("name", request.Name, 200)
            .Email("email", request.Email)
            .Name("subject", request.Subject, TicketLimits.Subject, required: false)
            .Required("message", request.Message, TicketLimits.Description);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!string.IsNullOrEmpty(request.Website))
        {
            logger.LogInformation("A contact form with the honeypot filled in was dropped");
            return TypedResults.Accepted((string?)null, new ContactAccepted(null));
        }

        var now = services.Time.GetUtcNow();
        var customer = await CustomerIntake.FindOrCaptureAsync(services.Db, request.Email!.Trim(), request.Name, "website", now, default);
        var subject = request.Subject is { Length: > 0 } s && DisplayText.Normalize(s) is { Length: > 0 } clean ? clean : "Contact form";
        var ticket = await TicketDesk.OpenAsync(services, customer.CustomerId, customer.AccountOwnerId, TicketChannel.Web, subject,
            request.Message!.Trim(), TicketPriority.Normal, null, null);
        if (customer.Email.Length > 0)
        {
            await TicketMail.QueueAcknowledgementAsync(services.Db, ticket, customer, options.Value, now, default);
        }

        await services.Db.SaveChangesAsync();
        return TypedResults.Accepted((string?)null, new ContactAccepted(TicketNumbers.Format(ticket.Number)));
    }
}
