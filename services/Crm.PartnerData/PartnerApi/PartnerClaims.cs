using System.Security.Claims;

namespace Crm.PartnerData.PartnerApi;

public static class PartnerClaims
{
    public const string Scheme = "PartnerApiKey";
    public const string PartnerId = "partner_id";
    public const string KeyId = "key_id";
    public const string Scope = "scope";
    /// <summary>HttpContext item naming the partner a call came from, set as soon as the key id is known (audit).</summary>
    public const string AuditPartnerItem = "audit.partner";
    public const string AuditKeyItem = "audit.key";
    public const string AuditRecordsItem = "audit.records";

    public static Guid PartnerOf(ClaimsPrincipal user) => Guid.Parse(user.FindFirst(PartnerId)!.Value);

    public static string Policy(string scope) => "partner:" + scope;
}
