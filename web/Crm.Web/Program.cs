using Crm.Web.Components;
using Crm.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddWebApp();

var app = builder.Build();
app.UseWebApp();
app.MapDefaultEndpoints();
app.MapWebApp<App>();
app.Run();
