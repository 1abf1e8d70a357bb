using Crm.BuildingBlocks.Rules;
using Crm.PartnerData.Keys;

namespace Crm.UnitTests.PartnerData;

public sealed class PartnerKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_revoked_key_is_dead_from_its_first_revocation_on()
    {
        var key = new PartnerKey { Hash = [1], CreatedAt = Now.AddDays(-1) };
        Assert.True(key.IsLive(Now));
        Assert.Equal(Outcome.Changed, key.Revoke(Now));
        Assert.Equal(Outcome.Unchanged, key.Revoke(Now.AddHours(1)));
        Assert.Equal((DateTimeOffset?)Now, key.RevokedAt);
        Assert.False(key.IsLive(Now));
    }
}
