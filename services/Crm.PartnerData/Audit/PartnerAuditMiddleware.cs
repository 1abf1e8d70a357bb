using Crm.PartnerData.Data;
using Crm.PartnerData.PartnerApi;

namespace Crm.PartnerData.Audit;

/// <summary>Records every partner call whose key identified a partner, whatever its outcome (401 for a revoked key, 403, 2xx, 4xx).</summary>
public sealed class PartnerAuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, PartnerDataDbContext db, TimeProvider time)
    {
        if (!context.Request.Path.StartsWithSegments("/partner/v1"))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            if (context.Items[PartnerClaims.AuditPartnerItem] is Guid partnerId)
            {
                db.ChangeTracker.Clear();
                db.Audit.Add(new AuditRecord
                {
                    Id = Guid.CreateVersion7(),
                    PartnerId = partnerId,
                    KeyId = context.Items[PartnerClaims.AuditKeyItem] as Guid?,
                    Method = context.Request.Method,
                    Route = context.Request.Path.Value![..Math.Min(200, context.Request.Path.Value!.Length)],
                    Status = context.Response.StatusCode,
                    Records = context.Items[PartnerClaims.AuditRecordsItem] as int? ?? 0,
                    At = time.GetUtcNow(),
                });
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
    }
}
