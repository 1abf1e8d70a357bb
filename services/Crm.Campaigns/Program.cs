using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.Campaigns;
using Crm.Campaigns.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
await app.MigrateDatabaseAsync<CampaignsDbContext>();
app.UseCrmServicePipeline();
app.MapDefaultEndpoints();
app.MapCampaignsEndpoints();
app.Run();
