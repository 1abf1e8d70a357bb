using Crm.PartnerData.Data;

namespace Crm.PartnerData.Partners;

public sealed record PartnerServices(PartnerDataDbContext Db, TimeProvider Time);
