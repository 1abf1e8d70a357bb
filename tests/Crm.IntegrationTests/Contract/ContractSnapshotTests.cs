using System.Text.Json.Nodes;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Contract;

/// <summary>
/// <c>docs/openapi.json</c> is the contract the gateway serves, so that a reader, a reviewer and the generated client
/// (tests/Crm.ApiClient) see the real one. After a change of the API, <c>CRM_UPDATE_OPENAPI=1 ./test.sh</c> writes it anew.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ContractSnapshotTests(SuiteFixture suite)
{
    [Fact]
    public async Task The_contract_in_the_repository_is_the_one_the_gateway_serves()
    {
        var served = await ServedContract.ReadAsync(suite);
        var path = Path.Combine(suite.Suite.RepositoryRoot, "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable("CRM_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, ServedContract.Format(served));
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();

        var added = ServedContract.Operations(served).Except(ServedContract.Operations(committed)).ToList();
        var removed = ServedContract.Operations(committed).Except(ServedContract.Operations(served)).ToList();
        Assert.True(JsonNode.DeepEquals(served, committed),
            $"docs/openapi.json differs from the served contract (new: {string.Join(", ", added)}; gone: {string.Join(", ", removed)}). " +
            "Run CRM_UPDATE_OPENAPI=1 ./test.sh to write it anew, and review the difference.");
    }
}
