using Crm.PartnerData.Data;
using Crm.PartnerData.Sharing;

namespace Crm.PartnerData.PartnerApi;

public sealed record PartnerApiServices(PartnerDataDbContext Db, TimeProvider Time, Pseudonyms Pseudonyms);
