namespace Crm.DashboardTests;

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardSuiteFixture>
{
    public const string Name = "dashboard";
}
