using System.Reflection;

namespace Crm.AppHost.Suite;

public static class BuildOutputLaunch
{
    /// <summary>The build configuration of the app host, and so of the projects it runs (./run.sh builds Release, tests Debug).</summary>
    public static string Configuration { get; } =
        typeof(BuildOutputLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// Runs the project's build output (<c>dotnet exec bin/&lt;configuration&gt;/net10.0/&lt;project&gt;.dll</c>) instead of a
    /// <c>dotnet run</c> that evaluates the project and then stays beside the app for its whole life: one SDK process less
    /// per project (about 85 MB each at idle). The solution is built before the app host starts, as <c>dotnet run
    /// --no-build</c> also required.
    /// </summary>
    public static IResourceBuilder<ProjectResource> RunsBuildOutput(this IResourceBuilder<ProjectResource> project)
    {
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        var output = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", Configuration, "net10.0",
            Path.GetFileNameWithoutExtension(projectPath) + ".dll");
#pragma warning disable ASPIREEXTENSION001 // Aspire marks launch tool arguments as evaluation; they are its documented way to host a program.
        return project.WithLaunchToolArgs(context =>
        {
            context.Args.Add("exec");
            context.Args.Add(output);
        }, showInCommandLine: false);
#pragma warning restore ASPIREEXTENSION001
    }
}
