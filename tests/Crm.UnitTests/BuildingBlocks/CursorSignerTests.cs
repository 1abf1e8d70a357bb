using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Crm.BuildingBlocks.Api;
using Microsoft.Extensions.Configuration;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class CursorSignerTests
{
    private static readonly byte[] Payload = JsonSerializer.SerializeToUtf8Bytes(new Cursor("2026-01-01", Guid.CreateVersion7()));

    [Fact]
    public void A_cursor_reads_back_under_the_key_it_was_signed_with()
    {
        var signer = CursorSigner.WithRandomKey();

        Assert.Equal(Payload, signer.Verify(signer.Sign(Payload)));
    }

    [Fact]
    public void A_cursor_whose_payload_was_changed_is_refused()
    {
        var signer = CursorSigner.WithRandomKey();
        var signed = signer.Sign(Payload);
        var tag = signed[(signed.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var forged = JsonSerializer.SerializeToUtf8Bytes(new Cursor("2026-01-01", Guid.Empty));

        Assert.Null(signer.Verify($"{Base64Url.EncodeToString(forged)}.{tag}"));
    }

    [Fact]
    public void An_unsigned_cursor_of_the_old_form_is_refused()
    {
        Assert.Null(CursorSigner.WithRandomKey().Verify(Base64Url.EncodeToString(Payload)));
    }

    [Fact]
    public void Instances_configured_with_one_key_accept_each_others_cursors_and_others_do_not()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CursorSigner.KeySetting] = key }).Build();
        var one = CursorSigner.From(configuration);
        var other = CursorSigner.From(configuration);
        var unconfigured = CursorSigner.From(new ConfigurationBuilder().Build());

        var signed = one.Sign(Payload);

        Assert.Equal(Payload, other.Verify(signed));
        Assert.Null(unconfigured.Verify(signed));
    }

    [Fact]
    public void A_key_shorter_than_256_bits_is_refused_at_start()
    {
        Assert.Throws<ArgumentException>(() => new CursorSigner(Encoding.ASCII.GetBytes("short")));
    }
}
