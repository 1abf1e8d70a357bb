namespace Crm.UnitTests;
