using Crm.Customers.Consents;

namespace Crm.UnitTests.Customers;

public sealed class ConsentSetTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ConsentRecord Record(int minute, ConsentPurpose purpose, ContactChannel? channel, bool granted) => new()
    {
        Id = Guid.CreateVersion7(), CustomerId = Guid.Empty, Purpose = purpose, Channel = channel, Granted = granted,
        RecordedAt = T0.AddMinutes(minute), Source = "agent",
    };

    [Fact]
    public void The_latest_record_for_a_purpose_and_channel_is_the_current_consent()
    {
        var current = ConsentSet.Current([
            Record(0, ConsentPurpose.Marketing, ContactChannel.Email, true),
            Record(5, ConsentPurpose.Marketing, ContactChannel.Email, false),
            Record(1, ConsentPurpose.Marketing, ContactChannel.Sms, true),
        ]);

        Assert.Equal(2, current.Count);
        Assert.False(ConsentSet.Allows(current, ConsentPurpose.Marketing, ContactChannel.Email));
        Assert.True(ConsentSet.Allows(current, ConsentPurpose.Marketing, ContactChannel.Sms));
    }

    [Fact]
    public void No_record_means_no_consent()
    {
        Assert.False(ConsentSet.Allows([], ConsentPurpose.PartnerSharing, null));
    }

    [Fact]
    public void A_channel_specific_choice_beats_the_purpose_wide_one()
    {
        var current = ConsentSet.Current([
            Record(0, ConsentPurpose.Marketing, null, true),
            Record(1, ConsentPurpose.Marketing, ContactChannel.Phone, false),
        ]);

        Assert.True(ConsentSet.Allows(current, ConsentPurpose.Marketing, ContactChannel.Email));
        Assert.False(ConsentSet.Allows(current, ConsentPurpose.Marketing, ContactChannel.Phone));
    }
}
