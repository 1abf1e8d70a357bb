using Crm.AppHost.Suite;
using Crm.Contracts;

var builder = DistributedApplication.CreateBuilder(args);

var messaging = builder.AddRabbitMQServer(ResourceNames.Messaging);
var cache = builder.AddRedisServer(ResourceNames.Cache);
var smtp = builder.AddMailCatcher(ResourceNames.Smtp);

var customers = builder.AddProject<Projects.Crm_Customers>(ResourceNames.Customers).AsSuiteService()
    .WithReference(builder.AddServiceDatabase(ResourceNames.Customers))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cache).WaitFor(cache);
var tickets = builder.AddProject<Projects.Crm_Tickets>(ResourceNames.Tickets).AsSuiteService()
    .WithReference(builder.AddServiceDatabase(ResourceNames.Tickets))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cache).WaitFor(cache)
    .WithReference(smtp).WaitFor(smtp)
    .WithChannels();
var surveys = builder.AddProject<Projects.Crm_Surveys>(ResourceNames.Surveys).AsSuiteService()
    .WithReference(builder.AddServiceDatabase(ResourceNames.Surveys))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cache).WaitFor(cache)
    .WithReference(smtp).WaitFor(smtp);
var campaigns = builder.AddProject<Projects.Crm_Campaigns>(ResourceNames.Campaigns).AsSuiteService()
    .WithEnvironment("Campaigns__UnsubscribeKey", builder.Secret("Campaigns:UnsubscribeKey"))
    .WithReference(builder.AddServiceDatabase(ResourceNames.Campaigns))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cache).WaitFor(cache);
var partnerData = builder.AddProject<Projects.Crm_PartnerData>(ResourceNames.PartnerData).AsSuiteService()
    .WithEnvironment("PartnerData__PseudonymKey", builder.Secret("PartnerData:PseudonymKey"))
    .WithReference(builder.AddServiceDatabase(ResourceNames.PartnerData))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cache).WaitFor(cache);

var identity = builder.AddProject<Projects.Crm_Identity>(ResourceNames.Identity).AsSuiteService()
    .WithIdentitySettings()
    .WithReference(builder.AddServiceDatabase(ResourceNames.Identity))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(customers)
    .WithReference(smtp).WaitFor(smtp);

var web = builder.AddProject<Projects.Crm_Web>(ResourceNames.Web).AsSuiteService()
    .WithWebSettings()
    .WaitFor(identity);

builder.AddProject<Projects.Crm_Gateway>(ResourceNames.Gateway).AsSuiteService(port: builder.GatewayPort())
    .WithReference(identity).WaitFor(identity)
    .WithReference(cache).WaitFor(cache)
    .WithReference(customers).WaitFor(customers)
    .WithReference(tickets).WaitFor(tickets)
    .WithReference(surveys).WaitFor(surveys)
    .WithReference(campaigns).WaitFor(campaigns)
    .WithReference(partnerData).WaitFor(partnerData)
    .WithReference(web).WaitFor(web);

builder.SuperviseResources();
builder.Build().Run();
