using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.Tickets;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Crm.Tickets.Sla;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
await app.MigrateDatabaseAsync<TicketsDbContext>();
await app.LoadSlaPoliciesAsync();
await app.LoadTicketNumbersAsync();
app.UseCrmServicePipeline();
app.MapDefaultEndpoints();
app.MapTicketsEndpoints();
app.Run();
