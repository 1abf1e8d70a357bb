using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Data;
using Crm.Customers;
using Crm.Customers.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
await app.MigrateDatabaseAsync<CustomersDbContext>();
app.UseCrmServicePipeline();
app.MapDefaultEndpoints();
app.MapCustomersEndpoints();
app.Run();
