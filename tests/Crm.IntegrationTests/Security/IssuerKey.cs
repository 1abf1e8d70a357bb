using System.Security.Cryptography;
using Crm.IntegrationTests.Hosting;
using Microsoft.Data.Sqlite;

namespace Crm.IntegrationTests.Security;

/// <summary>
/// The identity service's own signing key, read from its database as only someone with the database could: tokens
/// signed with it have a valid signature, so a refusal proves the other checks (expiry, audience, issuer, algorithm).
/// </summary>
public sealed record IssuerKey(string KeyId, RSA Key)
{
    public static IssuerKey Read(SuiteFixture suite)
    {
        using var connection = new SqliteConnection(suite.ConnectionString("identity-db") + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Material FROM SigningKeys WHERE Purpose = 'signing'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "the identity service stores its signing key");
        var rsa = RSA.Create();
        rsa.ImportFromPem(reader.GetString(1));
        return new IssuerKey(reader.GetString(0), rsa);
    }
}
