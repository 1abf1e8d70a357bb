using Crm.ApiClient.Models;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Contract;

/// <summary>A client generated from the contract alone works against the running suite: requests, answers and problems.</summary>
[Collection(SuiteCollection.Name)]
public sealed class GeneratedClientTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_generated_client_registers_a_customer_and_reads_it_back()
    {
        using var agent = await suite.ClientAsync("agent");
        var client = GeneratedClient.For(suite, agent);
        var email = $"lia.{Guid.NewGuid():N}@example.com";

        var created = await client.Api.Customers.PostAsync(new CreateCustomerRequest
        {
            FirstName = "Lia", LastName = "Gomes", Email = email, Country = "PT", LifecycleStage = LifecycleStage.Lead,
        });
        var read = await client.Api.Customers[created!.Id!.Value].GetAsync();

        Assert.Equal(created.Id, read!.Id);
        Assert.Equal("Lia", read.FirstName);
        Assert.Equal(email, read.Email);
        Assert.Equal(LifecycleStage.Lead, read.LifecycleStage);
    }

    [Fact]
    public async Task Invalid_values_reach_a_generated_client_as_a_validation_problem_that_names_the_field()
    {
        using var agent = await suite.ClientAsync("agent");
        var client = GeneratedClient.For(suite, agent);

        var problem = await Assert.ThrowsAsync<ValidationProblemDetails>(() =>
            client.Api.Customers.PostAsync(new CreateCustomerRequest { FirstName = "Lia", LastName = "Gomes", Email = "not-an-email" }));

        Assert.Equal(422, problem.ResponseStatusCode);
        Assert.Contains("email", problem.Errors!.AdditionalData.Keys);
    }

    [Fact]
    public async Task A_customer_that_does_not_exist_reaches_a_generated_client_as_a_not_found_problem()
    {
        using var agent = await suite.ClientAsync("agent");
        var client = GeneratedClient.For(suite, agent);

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => client.Api.Customers[Guid.CreateVersion7()].GetAsync());

        Assert.Equal(404, problem.Status);
        Assert.False(string.IsNullOrEmpty(problem.Title));
    }
}
