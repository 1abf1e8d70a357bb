using Crm.PartnerData.Data;
using Crm.PartnerData.Overlap;
using Crm.PartnerData.Sharing;
using Microsoft.Extensions.Options;

namespace Crm.PartnerData.PartnerApi;

public sealed record PartnerApiServices(PartnerDataDbContext Db, TimeProvider Time, Pseudonyms Pseudonyms, IOptions<OverlapOptions> Overlap);
