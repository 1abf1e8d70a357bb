using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Contract;

/// <summary>The public contract is one a client generator can take as it is: both linters find no error in it.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ContractLintTests(SuiteFixture suite)
{
    [Fact]
    public async Task The_served_contract_passes_redocly_and_spectral_without_errors()
    {
        var document = await ServedContract.ReadAsync(suite);
        var path = await ServedContract.WriteForInspectionAsync(suite, document);

        var redocly = await ContractLinters.RedoclyAsync(suite.Suite.RepositoryRoot, path);
        var spectral = await ContractLinters.SpectralAsync(suite.Suite.RepositoryRoot, path);

        Assert.True(redocly.Passed && spectral.Passed, $"{redocly}\n{spectral}");
    }
}
