using System.Text;
using Crm.Tickets.Channels.Intake;
using Crm.Tickets.Channels.Social;

namespace Crm.UnitTests.Tickets.Channels;

public sealed class SocialSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"messageId\":\"m1\",\"text\":\"hi\"}");

    [Fact]
    public void A_signature_over_the_raw_body_with_the_secret_is_valid()
    {
        var header = SocialSignature.Sign(Body, "dev-social-secret");
        Assert.StartsWith("sha256=", header);
        Assert.True(SocialSignature.IsValid(Body, header, "dev-social-secret"));
        Assert.True(SocialSignature.IsValid(Body, header.ToUpperInvariant().Replace("SHA256=", "sha256="), "dev-social-secret"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha1=0123")]
    [InlineData("sha256=zz4f5d8b9c3e1a2f6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a")]
    public void A_missing_or_malformed_signature_is_invalid(string? header) =>
        Assert.False(SocialSignature.IsValid(Body, header, "dev-social-secret"));

    [Fact]
    public void Another_secret_or_a_changed_body_is_invalid()
    {
        var header = SocialSignature.Sign(Body, "dev-social-secret");
        Assert.False(SocialSignature.IsValid(Body, header, "another-secret"));
        Assert.False(SocialSignature.IsValid([.. Body, (byte)' '], header, "dev-social-secret"));
        Assert.False(SocialSignature.IsValid(Body, header, ""));
    }

    [Theory]
    [InlineData("Ada Lovelace", "ada@example.com", "Ada", "Lovelace")]
    [InlineData("Cher", "cher@example.com", "Cher", "Cher")]
    [InlineData(null, "bo.b@example.com", "bo.b", "bo.b")]
    [InlineData("  ", "x@example.com", "x", "x")]
    public void A_senders_name_splits_into_first_and_last(string? name, string email, string first, string last) =>
        Assert.Equal((first, last), CustomerIntake.SplitName(name, email));
}
