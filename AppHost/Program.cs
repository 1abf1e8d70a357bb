using Crm.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
CrmSuite.Define(builder);
await builder.Build().RunAsync();
