using System.Globalization;
using Crm.BuildingBlocks.Api;
using Crm.Contracts.Customers;
using Crm.Contracts.PartnerData;
using Crm.PartnerData.Keys;
using Crm.PartnerData.Overlap;
using Crm.PartnerData.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.PartnerData.PartnerApi;

/// <summary><c>/partner/v1</c>: what partner companies may do with their API keys, each call scoped and audited.</summary>
public static class PartnerApiEndpoints
{
    public static void MapPartnerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/partner/v1").WithTags("Partner API");
        api.MapGet("/customers", ListCustomers).WithName("PartnerListCustomers").WithSummary("Consenting customers, agreed attributes only, under pseudonyms")
            .RequireAuthorization(PartnerClaims.Policy(PartnerScopes.CustomersRead));
        api.MapPost("/overlap", QueryOverlap).WithName("PartnerOverlap").WithSummary("How many of the partner's hashed emails are consenting customers")
            .RequireAuthorization(PartnerClaims.Policy(PartnerScopes.OverlapQuery));
        api.MapPost("/contributions", PartnerSubmissions.Contribute).WithName("PartnerContributions").WithSummary("Attributes the partner contributes about shared customers")
            .RequireAuthorization(PartnerClaims.Policy(PartnerScopes.ContributionsWrite));
        api.MapPost("/survey-responses", PartnerSubmissions.SubmitSurveyResponse).WithName("PartnerSurveyResponses").WithSummary("A survey response collected by an outsourced vendor")
            .RequireAuthorization(PartnerClaims.Policy(PartnerScopes.SurveysSubmit));
    }

    public static async Task<Results<Ok<Page<Dictionary<string, object?>>>, ProblemHttpResult>> ListCustomers(
        [AsParameters] PartnerApiServices services, HttpContext http, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var partnerId = PartnerClaims.PartnerOf(http.User);
        var now = services.Time.GetUtcNow();
        var agreed = SharingRule.AgreedAttributes(await services.Db.Agreements.AsNoTracking().Where(a => a.PartnerId == partnerId).ToListAsync(), now);
        if (agreed.Count == 0)
        {
            http.Items[PartnerClaims.AuditRecordsItem] = 0;
            return TypedResults.Ok(new Page<Dictionary<string, object?>>([], null));
        }

        var query = services.Db.Customers.AsNoTracking().Where(c => c.PartnerSharingConsent && !c.Erased);
        if (page.After is { } after)
        {
            query = query.Where(c => c.CustomerId.CompareTo(after.Id) > 0);
        }

        var rows = await query.OrderBy(c => c.CustomerId).Take(page.Limit + 1).ToListAsync();
        var result = page.ToPage(rows, c => new Cursor("", c.CustomerId), c => SharingRule.Share(c, agreed, services.Pseudonyms.For(partnerId, c.CustomerId))!);
        var partnerName = (await services.Db.Partners.FindAsync(partnerId))?.Name ?? "";
        foreach (var customer in rows.Take(page.Limit))
        {
            services.Db.Publish(new CustomerDataShared(customer.CustomerId, partnerId, partnerName, agreed.Order().ToList(), now), now);
        }

        await services.Db.SaveChangesAsync();
        http.Items[PartnerClaims.AuditRecordsItem] = result.Items.Count;
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<OverlapAnswer>, ProblemHttpResult>> QueryOverlap(
        OverlapRequest request, OverlapQueries overlap, IOptions<OverlapOptions> options, HttpContext http)
    {
        var maxHashes = options.Value.MaxHashes;
        var hashes = request.HashedEmails ?? [];
        var errors = new ValidationErrors()
            .When(hashes.Count == 0 || hashes.Count > maxHashes, "hashedEmails", $"1 to {maxHashes} SHA-256 hex hashes.")
            .When(hashes.Any(h => !EmailHash.IsValid(h)), "hashedEmails", "Each must be 64 lower-case hex characters (SHA-256 of the trimmed lower-case email).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        http.Items[PartnerClaims.AuditRecordsItem] = 0;
        var outcome = await overlap.AskAsync(PartnerClaims.PartnerOf(http.User), hashes.Distinct().ToList());
        if (outcome.NearRepeat)
        {
            return Problems.Validation("hashedEmails",
                $"This set differs from one of your overlap queries of the last {options.Value.RememberDays} days by fewer than {options.Value.MinimumDifference} hashes; such a pair would single people out.");
        }

        if (outcome.BudgetWait is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: "The daily privacy budget for overlap queries is spent.",
                detail: $"Each answered query spends ε = {options.Value.EpsilonPerQuery} of ε = {options.Value.DailyEpsilon} per 24 hours.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        return TypedResults.Ok(outcome.Answer!);
    }
}
