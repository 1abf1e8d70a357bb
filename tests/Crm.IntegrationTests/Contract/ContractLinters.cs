using System.Diagnostics;

namespace Crm.IntegrationTests.Contract;

/// <summary>
/// Redocly CLI (recommended rules) and Spectral (<c>spectral:oas</c>) from the repository's own <c>node_modules</c>,
/// installed by <c>scripts/install-prerequisites.sh</c> from the committed <c>package-lock.json</c>.
/// </summary>
public static class ContractLinters
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static Task<LintResult> RedoclyAsync(string repositoryRoot, string document) =>
        RunAsync(repositoryRoot, "redocly", "lint", "--config", Path.Combine(repositoryRoot, "redocly.yaml"), "--format", "stylish", document);

    public static Task<LintResult> SpectralAsync(string repositoryRoot, string document) =>
        RunAsync(repositoryRoot, "spectral", "lint", "--ruleset", Path.Combine(repositoryRoot, ".spectral.yaml"), "--fail-severity", "error", document);

    private static async Task<LintResult> RunAsync(string repositoryRoot, string tool, params string[] arguments)
    {
        var executable = Path.Combine(repositoryRoot, "node_modules", ".bin", tool);
        if (!File.Exists(executable))
        {
            return new LintResult(tool, -1, $"{executable} is missing: run scripts/install-prerequisites.sh (npm ci).");
        }

        var start = new ProcessStartInfo(executable) { WorkingDirectory = repositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The linters stay on this machine: no usage telemetry, no update check.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new LintResult(tool, -1, $"{tool} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return new LintResult(tool, process.ExitCode, (await output) + (await errors));
    }
}
