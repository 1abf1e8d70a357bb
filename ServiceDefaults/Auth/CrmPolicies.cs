using Microsoft.AspNetCore.Authorization;

namespace Crm.ServiceDefaults.Auth;

/// <summary>
/// Authorization policies named after what the caller may do; each lists the roles of API.md that may do it. A manager (a
/// team lead) may do all an agent may, plus the desk's settings (<see cref="Management"/>).
/// </summary>
public static class CrmPolicies
{
    public const string Admin = "admin-only";
    public const string CustomerReaders = "customers-read";
    public const string CustomerWriters = "customers-write";
    public const string ServiceDesk = "service-desk";
    public const string Marketing = "marketing";
    public const string SurveyReaders = "surveys-read";
    public const string SelfService = "self-service";
    public const string Management = "management";

    public static void AddTo(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireRole(CrmRoles.Admin));
        options.AddPolicy(CustomerReaders, p => p.RequireRole(CrmRoles.Admin, CrmRoles.Manager, CrmRoles.Agent, CrmRoles.Marketer));
        options.AddPolicy(CustomerWriters, p => p.RequireRole(CrmRoles.Admin, CrmRoles.Manager, CrmRoles.Agent));
        options.AddPolicy(ServiceDesk, p => p.RequireRole(CrmRoles.Admin, CrmRoles.Manager, CrmRoles.Agent));
        options.AddPolicy(Management, p => p.RequireRole(CrmRoles.Admin, CrmRoles.Manager));
        options.AddPolicy(Marketing, p => p.RequireRole(CrmRoles.Admin, CrmRoles.Marketer));
        options.AddPolicy(SurveyReaders, p => p.RequireRole(CrmRoles.Admin, CrmRoles.Manager, CrmRoles.Agent, CrmRoles.Marketer));
        options.AddPolicy(SelfService, p => p
            .RequireRole(CrmRoles.Customer)
            .RequireAssertion(ctx => Guid.TryParse(ctx.User.FindFirst(CrmClaims.CustomerId)?.Value, out _)));
    }
}
