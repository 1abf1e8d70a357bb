namespace Crm.AppHost.Hosting;

public static class RepositoryPaths
{
    /// <summary>The folder holding Crm.Aspire.sln, found by walking up from the app host's binaries.</summary>
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Crm.Aspire.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Crm.Aspire.sln not found above " + AppContext.BaseDirectory);
    }
}
