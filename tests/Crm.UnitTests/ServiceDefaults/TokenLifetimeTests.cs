using System.Security.Claims;
using System.Security.Cryptography;
using Crm.ServiceDefaults.Auth;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.UnitTests.ServiceDefaults;

public sealed class TokenLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private const string Issuer = "https://id.example.test/";
    private readonly AuthSettings _settings = new();
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "k1" };

    [Fact]
    public async Task An_access_token_of_one_hour_is_accepted_for_its_whole_life()
    {
        var token = Token(issuedAt: Now.UtcDateTime, expires: Now.UtcDateTime.AddHours(1));

        Assert.True(await IsValidAsync(token));
        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.True(await IsValidAsync(token));
    }

    [Fact]
    public async Task A_validly_signed_token_issued_for_ten_years_is_refused()
    {
        Assert.False(await IsValidAsync(Token(issuedAt: Now.UtcDateTime, expires: Now.UtcDateTime.AddYears(10))));
    }

    [Fact]
    public async Task A_long_lived_token_without_iat_is_refused_by_how_far_its_expiry_lies()
    {
        Assert.False(await IsValidAsync(Token(issuedAt: null, expires: Now.UtcDateTime.AddHours(2))));
        Assert.True(await IsValidAsync(Token(issuedAt: null, expires: Now.UtcDateTime.AddMinutes(30))));
    }

    [Fact]
    public async Task A_token_issued_for_two_hours_is_refused_even_in_its_last_minutes()
    {
        var token = Token(issuedAt: Now.UtcDateTime.AddMinutes(-110), expires: Now.UtcDateTime.AddMinutes(10));

        Assert.False(await IsValidAsync(token));
    }

    [Fact]
    public async Task An_expired_token_stays_refused()
    {
        Assert.False(await IsValidAsync(Token(issuedAt: Now.UtcDateTime.AddMinutes(-70), expires: Now.UtcDateTime.AddMinutes(-10))));
    }

    [Fact]
    public async Task The_cap_follows_configuration()
    {
        _settings.MaxTokenLifetime = TimeSpan.FromHours(8);

        Assert.True(await IsValidAsync(Token(issuedAt: Now.UtcDateTime, expires: Now.UtcDateTime.AddHours(8))));
        Assert.False(await IsValidAsync(Token(issuedAt: Now.UtcDateTime, expires: Now.UtcDateTime.AddHours(9))));
    }

    [Theory]
    [InlineData(-5, 55, true)]
    [InlineData(0, 60, true)]
    [InlineData(0, 61, false)]
    [InlineData(-200, -100, false)]
    public void The_policy_caps_the_life_a_token_was_issued_for(int issuedMinutes, int expiresMinutes, bool accepted)
    {
        var policy = new TokenLifetimePolicy(_settings, _time);

        Assert.Equal(accepted, policy.Accepts(null, Now.UtcDateTime.AddMinutes(expiresMinutes), Now.UtcDateTime.AddMinutes(issuedMinutes)));
    }

    private string Token(DateTime? issuedAt, DateTime expires)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = _settings.Audience,
            Subject = new ClaimsIdentity([new Claim(CrmClaims.Subject, "mallory"), new Claim(CrmClaims.Role, CrmRoles.Admin)]),
            NotBefore = (issuedAt ?? Now.UtcDateTime).AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        if (issuedAt is { } iat)
        {
            descriptor.IssuedAt = iat;
        }

        return handler.CreateToken(descriptor);
    }

    private async Task<bool> IsValidAsync(string token)
    {
        var parameters = AuthenticationDefaults.ValidationParameters(_settings, _time);
        // What JWT bearer takes from the authority's discovery document: its issuer and its published keys.
        parameters.ValidIssuer = Issuer;
        parameters.IssuerSigningKey = _key;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
        return result.IsValid;
    }
}
