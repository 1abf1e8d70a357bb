using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Text;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Customers;
using Crm.Tickets.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Desk;

public static class TicketsApi
{
    public static void MapTicketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tickets").WithTags("Tickets").RequireAuthorization(CrmPolicies.ServiceDesk);
        api.MapPost("/", OpenTicket).WithName("OpenTicket").WithSummary("Open a ticket for a customer");
        api.MapGet("/{id:guid}", GetTicket).WithName("GetTicket").WithSummary("A ticket with its comments and SLA deadlines");
        api.MapPatch("/{id:guid}", TicketUpdates.UpdateTicket).WithName("UpdateTicket").WithSummary("Correct a ticket's details or change its priority (If-Match)");
        api.MapGet("/", ListTickets).WithName("ListTickets").WithSummary("Tickets by customer, status, product model, assignee or number (T-1042)");
        api.MapPost("/{id:guid}/comments", Comment).WithName("CommentOnTicket").WithSummary("Reply to the customer or add an internal note");
        api.MapPost("/{id:guid}/assign", Assign).WithName("AssignTicket").WithSummary("Hand the ticket to an agent");
        api.MapPost("/{id:guid}/status", ChangeStatus).WithName("ChangeTicketStatus").WithSummary("Move the ticket along its workflow");
        api.MapGet("/{id:guid}/related", Related).WithName("RelatedTickets").WithSummary("The customer's earlier tickets and tickets on the same product model");
    }

    public static async Task<Results<Created<TicketResponse>, ProblemHttpResult>> OpenTicket(OpenTicketRequest request, [AsParameters] TicketServices services, HttpContext http)
    {
        var errors = new ValidationErrors()
            .When(request.CustomerId is null, "customerId", "Required.")
            .When(request.Channel is null, "channel", "Required: phone, email, chat, web or social.")
            .Name("subject", request.Subject, TicketLimits.Subject)
            .Required("description", request.Description, TicketLimits.Description)
            .When(request.Priority is null, "priority", "Required: low, normal, high or urgent.")
            .MaxLength("category", request.Category, 100)
            .MaxLength("productModel", request.ProductModel, 100);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var customer = await CustomerDirectory.FindKnownAsync(services.Db, request.CustomerId);
        if (customer is null)
        {
            return Problems.Validation("customerId", "No such customer (a new customer may take a moment to reach the service desk).");
        }

        var ticket = await TicketDesk.OpenAsync(services, customer.CustomerId, customer.AccountOwnerId, request.Channel!.Value, DisplayText.Normalize(request.Subject!),
            request.Description!.Trim(), request.Priority!.Value, Blank(request.Category), Blank(request.ProductModel));
        await services.Db.SaveChangesAsync();
        await StaffDirectory.RememberAsync(services.Db, http.User, services.Time.GetUtcNow());
        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Created($"/api/tickets/{ticket.Id}", TicketResponse.From(ticket));
    }

    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> GetTicket(Guid id, [AsParameters] TicketServices services, HttpContext http)
    {
        var ticket = await services.Db.Tickets.AsNoTracking().Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == id);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static async Task<Results<Ok<Page<TicketResponse>>, ProblemHttpResult>> ListTickets(
        [AsParameters] TicketServices services, Guid? customerId, TicketStatus? status, string? productModel, string? assigneeId, string? number, int? limit, string? cursor)
    {
        var errors = new ValidationErrors().MaxLength("productModel", productModel, 100).MaxLength("assigneeId", assigneeId, 64)
            .When(number is not null && !TicketNumbers.TryRead(number, out _), "number", "A ticket number reads like T-1042.");
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Tickets.AsNoTracking().Include(t => t.Comments).AsQueryable();
        query = customerId is { } c ? query.Where(t => t.CustomerId == c) : query;
        query = status is { } s ? query.Where(t => t.Status == s) : query;
        query = productModel is { Length: > 0 } m ? query.Where(t => t.ProductModel == m) : query;
        query = assigneeId is { Length: > 0 } a ? query.Where(t => t.AssigneeId == a) : query;
        query = TicketNumbers.TryRead(number, out var n) ? query.Where(t => t.Number == n) : query;
        if (page.After is { } after)
        {
            query = query.Where(t => t.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.OrderByDescending(t => t.Id).Take(page.Limit + 1).AsSplitQuery().ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, t => new Cursor("", t.Id), t => TicketResponse.From(t)));
    }

    public static Task<Results<Ok<TicketResponse>, ProblemHttpResult>> Comment(Guid id, CommentRequest request, [AsParameters] TicketServices services, HttpContext http) =>
        ConcurrentWrites.RetryAsync(services.Db, () => CommentOnce(id, request, services, http));

    private static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> CommentOnce(Guid id, CommentRequest request, TicketServices services, HttpContext http)
    {
        var errors = new ValidationErrors().Required("body", request.Body, TicketLimits.Description);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var ticket = await services.Db.Tickets.Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == id);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        var now = services.Time.GetUtcNow();
        var comment = new TicketComment
        {
            Id = Guid.CreateVersion7(), TicketId = id, AuthorId = http.User.Subject() ?? "unknown", AuthorName = StaffDirectory.NameOf(http.User), Body = request.Body!.Trim(), Internal = request.Internal ?? false, At = now,
        };
        if (ticket.Comment(comment, services.Sla) is { IsRefused: true } refused)
        {
            return Problems.Conflict(refused.Reason!);
        }

        services.Db.Comments.Add(comment);
        services.Db.PublishRaised(ticket, now);
        await services.Db.SaveChangesAsync();
        await StaffDirectory.RememberAsync(services.Db, http.User, now);
        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static Task<Results<Ok<TicketResponse>, ProblemHttpResult>> Assign(Guid id, AssignRequest request, [AsParameters] TicketServices services, HttpContext http) =>
        ConcurrentWrites.RetryAsync(services.Db, () => AssignOnce(id, request, services, http));

    private static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> AssignOnce(Guid id, AssignRequest request, TicketServices services, HttpContext http)
    {
        var errors = new ValidationErrors().Required("assigneeId", request.AssigneeId, 64);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var ticket = await services.Db.Tickets.Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == id);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        var now = services.Time.GetUtcNow();
        if (ticket.Assign(request.AssigneeId!.Trim(), now) is { IsRefused: true } refused)
        {
            return Problems.Conflict(refused.Reason!);
        }

        services.Db.PublishRaised(ticket, now);
        await services.Db.SaveChangesAsync();
        await StaffDirectory.RememberAsync(services.Db, http.User, now);
        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static Task<Results<Ok<TicketResponse>, ProblemHttpResult>> ChangeStatus(Guid id, StatusRequest request, [AsParameters] TicketServices services, HttpContext http) =>
        ConcurrentWrites.RetryAsync(services.Db, () => ChangeStatusOnce(id, request, services, http));

    private static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> ChangeStatusOnce(Guid id, StatusRequest request, TicketServices services, HttpContext http)
    {
        var errors = new ValidationErrors()
            .When(request.Status is null or TicketStatus.New, "status", "Required: open, pending, resolved or closed.")
            .MaxLength("resolution", request.Resolution, 2000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var ticket = await services.Db.Tickets.Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == id);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        var now = services.Time.GetUtcNow();
        if (ticket.MoveTo(request.Status!.Value, Blank(request.Resolution), now, services.Sla) is { IsRefused: true } refused)
        {
            return Problems.Conflict(refused.Reason!);
        }

        services.Db.PublishRaised(ticket, now);
        await services.Db.SaveChangesAsync();
        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static async Task<Results<Ok<RelatedTickets>, ProblemHttpResult>> Related(Guid id, [AsParameters] TicketServices services)
    {
        var ticket = await services.Db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        var customers = await services.Db.Tickets.AsNoTracking().Where(t => t.CustomerId == ticket.CustomerId && t.Id != id)
            .OrderByDescending(t => t.Id).Take(50).Select(t => new RelatedTicket(t.Id, t.Subject, t.Status, t.ProductModel, t.CreatedAt)).ToListAsync();
        var sameModel = ticket.ProductModel is null ? [] : await services.Db.Tickets.AsNoTracking()
            .Where(t => t.ProductModel == ticket.ProductModel && t.Id != id && t.CustomerId != ticket.CustomerId)
            .OrderByDescending(t => t.Id).Take(50).Select(t => new RelatedTicket(t.Id, t.Subject, t.Status, t.ProductModel, t.CreatedAt)).ToListAsync();
        return TypedResults.Ok(new RelatedTickets(customers, sameModel));
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
