namespace Crm.WebTests;

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebSuiteFixture>
{
    public const string Name = "web";
}
