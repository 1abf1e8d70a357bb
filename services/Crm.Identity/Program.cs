using Crm.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
await app.PrepareIdentityAsync();
app.UseIdentityPipeline();
app.MapDefaultEndpoints();
app.MapIdentityEndpoints();
app.Run();
