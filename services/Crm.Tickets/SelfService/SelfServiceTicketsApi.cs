using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Text;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Customers;
using Crm.Tickets.Desk;
using Crm.Tickets.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.SelfService;

/// <summary>
/// <c>/api/me/tickets</c>: a customer's own tickets, 24/7 — open one, read them (never the internal notes), and reply.
/// Another customer's ticket is answered 404, as if it did not exist.
/// </summary>
public static class SelfServiceTicketsApi
{
    public static void MapSelfServiceTicketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/me/tickets").WithTags("Self-service").RequireAuthorization(CrmPolicies.SelfService);
        api.MapGet("/", MyTickets).WithName("GetMyTickets").WithSummary("The caller's own tickets, newest first");
        api.MapPost("/", OpenMyTicket).WithName("OpenMyTicket").WithSummary("Open a ticket through self-service");
        api.MapGet("/{id:guid}", MyTicket).WithName("GetMyTicket").WithSummary("One of the caller's tickets");
        api.MapPost("/{id:guid}/comments", Reply).WithName("ReplyToMyTicket")
            .WithSummary("Reply to the desk; a ticket waiting on the customer, or resolved, opens again");
    }

    public static async Task<Results<Ok<Page<MyTicketResponse>>, ProblemHttpResult>> MyTickets(
        [AsParameters] TicketServices services, HttpContext http, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var me = http.User.CustomerId();
        var query = services.Db.Tickets.AsNoTracking().Include(t => t.Comments).Where(t => t.CustomerId == me);
        if (page.After is { } after)
        {
            query = query.Where(t => t.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.OrderByDescending(t => t.Id).Take(page.Limit + 1).AsSplitQuery().ToListAsync();
        var names = await StaffNamesAsync(services, rows.Take(page.Limit));
        return TypedResults.Ok(page.ToPage(rows, t => new Cursor("", t.Id), t => MyTicketResponse.From(t, names)));
    }

    public static async Task<Results<Ok<MyTicketResponse>, ProblemHttpResult>> MyTicket(Guid id, [AsParameters] TicketServices services, HttpContext http)
    {
        var me = http.User.CustomerId();
        var ticket = await services.Db.Tickets.AsNoTracking().Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == id && t.CustomerId == me);
        return ticket is null ? Problems.NotFound("Ticket") : TypedResults.Ok(await ViewAsync(services, ticket));
    }

    private static async Task<MyTicketResponse> ViewAsync(TicketServices services, Ticket ticket) =>
        MyTicketResponse.From(ticket, await StaffNamesAsync(services, [ticket]));

    private static Task<Dictionary<string, string>> StaffNamesAsync(TicketServices services, IEnumerable<Ticket> tickets) =>
        StaffDirectory.NamesAsync(services.Db, tickets.SelectMany(t => t.Comments.Where(c => !c.FromCustomer && !c.Internal).Select(c => c.AuthorId).Append(t.AssigneeId)));

    public static async Task<Results<Created<MyTicketResponse>, ProblemHttpResult>> OpenMyTicket(
        CustomerTicketRequest request, [AsParameters] TicketServices services, HttpContext http)
    {
        var errors = new ValidationErrors()
            .Name("subject", request.Subject, TicketLimits.Subject)
            .Required("description", request.Description, TicketLimits.Description)
            .MaxLength("category", request.Category, 100)
            .MaxLength("productModel", request.ProductModel, 100);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var me = http.User.CustomerId();
        var customer = await CustomerDirectory.FindKnownAsync(services.Db, me);
        if (customer is null)
        {
            return Problems.Conflict("Your customer record has not reached the service desk yet; try again in a moment.");
        }

        var ticket = await TicketDesk.OpenAsync(services, customer.CustomerId, customer.AccountOwnerId, TicketChannel.Web, DisplayText.Normalize(request.Subject!),
            request.Description!.Trim(), TicketPriority.Normal, TicketsApi.Blank(request.Category), TicketsApi.Blank(request.ProductModel));
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/me/tickets/{ticket.Id}", await ViewAsync(services, ticket));
    }

    public static Task<Results<Ok<MyTicketResponse>, ProblemHttpResult>> Reply(
        Guid id, CustomerReplyRequest request, [AsParameters] TicketServices services, HttpContext http) =>
        ConcurrentWrites.RetryAsync(services.Db, () => ReplyOnce(id, request, services, http));

    private static async Task<Results<Ok<MyTicketResponse>, ProblemHttpResult>> ReplyOnce(
        Guid id, CustomerReplyRequest request, TicketServices services, HttpContext http)
    {
        var errors = new ValidationErrors().Required("body", request.Body, TicketLimits.Description);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var me = http.User.CustomerId();
        var ticket = await services.Db.Tickets.Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == id && t.CustomerId == me);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        var now = services.Time.GetUtcNow();
        var reply = new TicketComment { Id = Guid.CreateVersion7(), TicketId = id, AuthorId = http.User.Subject() ?? $"customer:{me}", Body = request.Body!.Trim(), FromCustomer = true, At = now };
        if (ticket.CustomerReply(reply, services.Sla) is { IsRefused: true } refused)
        {
            return Problems.Conflict(refused.Reason!);
        }

        services.Db.Comments.Add(reply);
        services.Db.PublishRaised(ticket, now);
        await services.Db.SaveChangesAsync();
        return TypedResults.Ok(await ViewAsync(services, ticket));
    }
}
