using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.Tickets;
using Crm.Tickets.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
await app.MigrateDatabaseAsync<TicketsDbContext>();
app.UseCrmServicePipeline();
app.MapDefaultEndpoints();
app.MapTicketsEndpoints();
app.Run();
