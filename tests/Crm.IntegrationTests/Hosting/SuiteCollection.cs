namespace Crm.IntegrationTests.Hosting;

/// <summary>Tests of this collection share one running suite.</summary>
[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "suite";
}
