using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Channels.Attachments;

public static class AttachmentsApi
{
    public static void MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tickets/{id:guid}/attachments").WithTags("Tickets").RequireAuthorization(CrmPolicies.ServiceDesk);
        api.MapGet("/", List).WithName("ListTicketAttachments").WithSummary("The files that came with the customer's mails on a ticket");
        api.MapGet("/{attachmentId:guid}", Download).WithName("DownloadTicketAttachment").WithSummary("One attached file, as it was sent");
    }

    public static async Task<Results<Ok<List<AttachmentResponse>>, ProblemHttpResult>> List(Guid id, TicketsDbContext db)
    {
        if (!await db.Tickets.AnyAsync(t => t.Id == id))
        {
            return Problems.NotFound("Ticket");
        }

        return TypedResults.Ok(await db.Set<TicketAttachment>().AsNoTracking().Where(a => a.TicketId == id).OrderBy(a => a.At)
            .Select(a => new AttachmentResponse(a.Id, a.CommentId, a.FileName, a.ContentType, a.Size, a.At)).ToListAsync());
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(Guid id, Guid attachmentId, TicketsDbContext db)
    {
        var file = await db.Set<TicketAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.TicketId == id && a.Id == attachmentId);
        return file is null
            ? Problems.NotFound("Attachment")
            : TypedResults.File(file.Content, "application/octet-stream", file.FileName);
    }
}
