using System.Data.Common;
using Crm.Contracts;
using Microsoft.Extensions.Configuration;

namespace Crm.AppHost.Suite;

public static class ServiceDatabases
{
    /// <summary>
    /// A service's own database (<c>ConnectionStrings:&lt;service&gt;-db</c>): a database of its own on the configured
    /// SQL Server (<c>ConnectionStrings:sqlserver</c>), else a SQLite file in the run's folder.
    /// </summary>
    public static IResourceBuilder<ConnectionStringResource> AddServiceDatabase(this IDistributedApplicationBuilder builder, string service)
    {
        string connectionString;
        if (builder.Configuration.GetConnectionString(ResourceNames.SqlServer) is { Length: > 0 } sqlServer)
        {
            var server = new DbConnectionStringBuilder { ConnectionString = sqlServer };
            server["Database"] = "crm_" + service.Replace('-', '_');
            connectionString = server.ConnectionString;
        }
        else
        {
            connectionString = $"Data Source={Path.Combine(builder.RunDirectory(), service + ".db")}";
        }

        return builder.AddConnectionString(ResourceNames.DatabaseOf(service), ReferenceExpression.Create($"{connectionString}"));
    }
}
