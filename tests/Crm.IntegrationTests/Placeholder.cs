namespace Crm.IntegrationTests;
