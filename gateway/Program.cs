using Crm.Gateway;
using Crm.Gateway.OpenApi;
using Crm.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseGateway();
app.MapDefaultEndpoints();
app.MapDevTokenEndpoint();
app.MapMergedOpenApi();
app.MapReverseProxy();
app.Run();
