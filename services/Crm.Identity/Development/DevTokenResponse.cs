namespace Crm.Identity.Development;

public sealed record DevTokenResponse(string AccessToken, int ExpiresIn);
