using Crm.BuildingBlocks.ContactPressure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class ContactPressureTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Guid _customer = Guid.CreateVersion7();

    private MemoryContactPressure Policy(bool countTransactional = false) =>
        new(Options.Create(new ContactPressureOptions { MaxContacts = 3, Window = TimeSpan.FromDays(7), CountTransactional = countTransactional }), _time);

    [Fact]
    public async Task A_fourth_marketing_contact_within_seven_days_is_refused()
    {
        var policy = Policy();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await policy.TryReserveAsync(_customer, $"c{i}", transactional: false));
            _time.Advance(TimeSpan.FromDays(1));
        }

        Assert.False(await policy.TryReserveAsync(_customer, "c3", transactional: false));
    }

    [Fact]
    public async Task The_window_rolls_so_old_contacts_stop_counting()
    {
        var policy = Policy();
        for (var i = 0; i < 3; i++)
        {
            await policy.TryReserveAsync(_customer, $"c{i}", transactional: false);
        }

        _time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        Assert.True(await policy.TryReserveAsync(_customer, "c3", transactional: false));
        Assert.Equal(1, await policy.CountAsync(_customer));
    }

    [Fact]
    public async Task Retrying_the_same_contact_does_not_use_a_second_slot()
    {
        var policy = Policy();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await policy.TryReserveAsync(_customer, "campaign-1", transactional: false));
        }

        Assert.Equal(1, await policy.CountAsync(_customer));
    }

    [Fact]
    public async Task Transactional_contacts_count_only_when_configured()
    {
        var lenient = Policy();
        var strict = Policy(countTransactional: true);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await lenient.TryReserveAsync(_customer, $"csat{i}", transactional: true));
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await strict.TryReserveAsync(_customer, $"csat{i}", transactional: true));
        }

        Assert.False(await strict.TryReserveAsync(_customer, "csat3", transactional: true));
        Assert.Equal(0, await lenient.CountAsync(_customer));
    }

    [Fact]
    public async Task A_released_slot_can_be_used_again()
    {
        var policy = Policy();
        for (var i = 0; i < 3; i++)
        {
            await policy.TryReserveAsync(_customer, $"c{i}", transactional: false);
        }

        await policy.ReleaseAsync(_customer, "c1");
        Assert.True(await policy.TryReserveAsync(_customer, "c4", transactional: false));
    }

    [Fact]
    public async Task A_batch_is_decided_in_order_so_one_customers_contacts_compete_for_their_slots()
    {
        var policy = Policy();
        var other = Guid.CreateVersion7();
        await policy.TryReserveAsync(_customer, "c0", transactional: false);

        var answers = await policy.TryReserveManyAsync(
            [new(_customer, "c1"), new(other, "c1"), new(_customer, "c2"), new(_customer, "c3"), new(_customer, "c1")], transactional: false);

        Assert.Equal([true, true, true, false, true], answers);
        Assert.Equal(3, await policy.CountAsync(_customer));
    }
}
