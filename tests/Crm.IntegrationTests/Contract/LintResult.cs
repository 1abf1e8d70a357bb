namespace Crm.IntegrationTests.Contract;

/// <summary>What one linter said about the contract: its exit code and its report.</summary>
public sealed record LintResult(string Tool, int ExitCode, string Output)
{
    public bool Passed => ExitCode == 0;

    public override string ToString() => $"{Tool} exited {ExitCode}:\n{Output}";
}
