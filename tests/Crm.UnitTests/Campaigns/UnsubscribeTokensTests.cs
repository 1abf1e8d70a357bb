using System.Security.Cryptography;
using Crm.Campaigns.Campaigns;
using Crm.Campaigns.Unsubscribe;

namespace Crm.UnitTests.Campaigns;

public sealed class UnsubscribeTokensTests
{
    private readonly UnsubscribeTokens _tokens = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_token_names_the_customer_channel_and_campaign_it_was_issued_for()
    {
        var claim = new UnsubscribeClaim(Guid.NewGuid(), CampaignChannel.Sms, Guid.NewGuid());

        Assert.True(_tokens.TryRead(_tokens.Issue(claim), out var read));
        Assert.Equal(claim, read);
    }

    [Fact]
    public void An_altered_token_or_one_signed_with_another_key_does_not_read()
    {
        var token = _tokens.Issue(new UnsubscribeClaim(Guid.NewGuid(), CampaignChannel.Email, Guid.NewGuid()));
        var altered = (token[5] == 'A' ? "B" : "A") is var c ? token[..5] + c + token[6..] : token;

        Assert.False(_tokens.TryRead(altered, out _));
        Assert.False(new UnsubscribeTokens(RandomNumberGenerator.GetBytes(32)).TryRead(token, out _));
        Assert.False(_tokens.TryRead("not-a-token", out _));
        Assert.False(_tokens.TryRead("", out _));
    }
}
