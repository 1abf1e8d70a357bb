using Crm.BuildingBlocks.Data;

namespace Crm.UnitTests.Data;

public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData("Data Source=/var/lib/crm/customers.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=tickets.sqlite;Cache=Shared", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=:memory:", DatabaseProvider.Sqlite)]
    [InlineData("Server=sql,1433;Database=crm_customers;User Id=sa;Password=x;TrustServerCertificate=True", DatabaseProvider.SqlServer)]
    [InlineData("Data Source=tcp:sql.example.net,1433;Initial Catalog=crm;", DatabaseProvider.SqlServer)]
    public void The_provider_follows_the_connection_string(string connectionString, DatabaseProvider expected)
    {
        Assert.Equal(expected, DatabaseProviders.Detect(connectionString));
    }
}
