using Crm.BuildingBlocks.ContactPressure;
using Crm.Contracts;
using Crm.IntegrationTests.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Crm.IntegrationTests.Campaigns;

/// <summary>The contact-pressure policy as campaigns and surveys run it: in the suite's Redis, shared by every sender.</summary>
[Collection(SuiteCollection.Name)]
public sealed class SharedContactPressureTests(SuiteFixture suite) : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(suite.ConnectionString(ResourceNames.Cache));

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private RedisContactPressure Policy() => new(_redis,
        Options.Create(new ContactPressureOptions { MaxContacts = 3, Window = TimeSpan.FromDays(7) }), TimeProvider.System);

    [Fact]
    public async Task A_launch_batch_gets_one_answer_per_contact_in_order_and_a_retry_changes_nothing()
    {
        var policy = Policy();
        var busy = Guid.CreateVersion7();
        var fresh = Guid.CreateVersion7();
        await policy.TryReserveAsync(busy, "survey:1", transactional: false);
        await policy.TryReserveAsync(busy, "survey:2", transactional: false);

        ContactRequest[] batch = [new(busy, "campaign:a"), new(fresh, "campaign:a"), new(busy, "campaign:b"), new(fresh, "campaign:b")];
        Assert.Equal([true, true, false, true], await policy.TryReserveManyAsync(batch, transactional: false));
        Assert.Equal([true, true, false, true], await policy.TryReserveManyAsync(batch, transactional: false));
        Assert.Equal(3, await policy.CountAsync(busy));
        Assert.Equal(2, await policy.CountAsync(fresh));
    }

    [Fact]
    public async Task Batches_larger_than_one_script_run_are_answered_whole()
    {
        var customers = Enumerable.Range(0, 600).Select(_ => Guid.CreateVersion7()).ToList();
        var batch = customers.SelectMany(c => new[] { new ContactRequest(c, "a"), new ContactRequest(c, "b"), new ContactRequest(c, "c"), new ContactRequest(c, "d") }).ToList();

        var answers = await Policy().TryReserveManyAsync(batch, transactional: false);

        Assert.Equal(batch.Count, answers.Count);
        Assert.All(answers.Chunk(4), perCustomer => Assert.Equal([true, true, true, false], perCustomer));
    }

    [Fact]
    public async Task Senders_racing_for_one_customer_never_exceed_the_limit()
    {
        var customer = Guid.CreateVersion7();
        var campaigns = Policy();
        var surveys = Policy();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? campaigns.TryReserveManyAsync([new ContactRequest(customer, $"campaign:{i}")], transactional: false).ContinueWith(t => t.Result[0], TaskScheduler.Default)
            : surveys.TryReserveAsync(customer, $"survey:{i}", transactional: false)));

        Assert.Equal(3, answers.Count(a => a));
        Assert.Equal(3, await campaigns.CountAsync(customer));
    }
}
