using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.PartnerData;
using Crm.PartnerData.Audit;
using Crm.PartnerData.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
await app.MigrateDatabaseAsync<PartnerDataDbContext>();
app.UseMiddleware<PartnerAuditMiddleware>();
app.UseCrmServicePipeline();
app.MapDefaultEndpoints();
app.MapPartnerDataEndpoints();
app.Run();
