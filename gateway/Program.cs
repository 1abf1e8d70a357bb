using Crm.Gateway;
using Crm.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseGateway();
app.MapDefaultEndpoints();
app.MapDevTokenEndpoint();
app.MapReverseProxy();
app.Run();
