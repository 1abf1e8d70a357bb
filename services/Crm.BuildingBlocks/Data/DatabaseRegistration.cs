using Crm.BuildingBlocks.Outbox;
using Crm.BuildingBlocks.Sqlite;
using Crm.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// The service's own database from <c>ConnectionStrings:&lt;service&gt;-db</c>: SQLite or SQL Server by the connection string,
    /// each provider with its own context type and migration set, and a readiness check. A SQLite database gets its own
    /// write machinery (<see cref="SqliteDatabase{TContext}"/>): its writers queue at its write gate, its saves group-commit.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TSqlServer>(this IHostApplicationBuilder builder, string serviceName)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var name = ResourceNames.DatabaseOf(serviceName);
        var connectionString = builder.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not configured; the app host provides it.");
        var provider = DatabaseProviders.Detect(connectionString);
        builder.Services.AddSingleton(new ServiceDatabase(provider, connectionString));
        builder.Services.AddExceptionHandler<ConcurrentChangeHandler>();

        // Pooled: every request, consumer batch and relay pass takes a reset context instead of building one (and its
        // options and internal services) from scratch; the contexts hold no state of their own.
        if (provider == DatabaseProvider.Sqlite)
        {
            builder.Services.AddSingleton(new SqliteDatabase<TContext>(connectionString));
            builder.Services.AddDbContextPool<TContext, TSqlite>((sp, options) =>
            {
                var sqlite = sp.GetRequiredService<SqliteDatabase<TContext>>();
                options.UseSqlite(connectionString).AddInterceptors(Interceptors(sp, new SqliteConnectionTuning(), sqlite.WriteGateInterceptor));
                if (sqlite.GroupCommit is { } groupCommit)
                {
                    SqliteGroupCommitExtension.AddTo(options, groupCommit);
                }
            });
        }
        else
        {
            builder.Services.AddDbContextPool<TContext, TSqlServer>((sp, options) => options
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                .AddInterceptors(Interceptors(sp)));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(name, tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }

    private static IInterceptor[] Interceptors(IServiceProvider sp, params IInterceptor[] extra) =>
        [.. extra, .. sp.GetService<OutboxSignalInterceptor>() is { } outbox ? [outbox] : Array.Empty<IInterceptor>()];

    /// <summary>Applies the provider's migrations before the service accepts requests.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        var database = app.Services.GetRequiredService<ServiceDatabase>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        app.Logger.LogInformation("Database {Provider} of {Context} is migrated", database.Provider, typeof(TContext).Name);
    }
}
