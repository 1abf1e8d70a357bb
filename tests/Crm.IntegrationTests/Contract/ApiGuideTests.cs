using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Contract;

/// <summary>The API guide a user reads in the repository (docs/API.md) lists exactly the routes the gateway serves.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ApiGuideTests(SuiteFixture suite)
{
    [Fact]
    public async Task The_api_guide_lists_every_served_route_once_and_no_other()
    {
        var served = ServedContract.Operations(await ServedContract.ReadAsync(suite));
        var listed = ApiGuide.Routes(await File.ReadAllTextAsync(Path.Combine(suite.Suite.RepositoryRoot, "docs", "API.md")));

        Assert.True(served.Except(listed).ToList() is [], $"Served but missing from docs/API.md: {string.Join(", ", served.Except(listed))}");
        Assert.True(listed.Except(served).ToList() is [], $"In docs/API.md but not served: {string.Join(", ", listed.Except(served))}");
        Assert.True(listed.Distinct().Count() == listed.Count, $"Listed twice in docs/API.md: {string.Join(", ", listed.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key))}");
    }
}
