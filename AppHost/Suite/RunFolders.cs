using System.Globalization;

namespace Crm.AppHost.Suite;

/// <summary>
/// Where a run keeps its files: <c>.data/&lt;run&gt;/</c> in the repository (databases, the broker's and the cache's data),
/// a new folder for every start of the app host, so a run never sees another's data.
/// </summary>
public static class RunFolders
{
    private const string Key = "Suite:RunDirectory";

    public static string RunDirectory(this IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration[Key] is not { Length: > 0 } folder)
        {
            var run = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
            folder = Path.Combine(builder.AppHostDirectory, "..", ".data", run);
            builder.Configuration[Key] = folder = Path.GetFullPath(folder);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string RepositoryRoot(this IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
}
