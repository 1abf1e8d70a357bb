using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.Surveys;
using Crm.Surveys.Data;
using Crm.Surveys.Definitions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
await app.MigrateDatabaseAsync<SurveysDbContext>();
await app.SeedBuiltInSurveysAsync();
app.UseCrmServicePipeline();
app.MapDefaultEndpoints();
app.MapSurveysEndpoints();
app.Run();
