namespace Crm.FaultInjection.Verification;

/// <summary>One statement about the run, what it should be and what it was.</summary>
public sealed record Check(string What, string Expected, string Actual, bool Passed)
{
    public static Check Equal(string what, long expected, long actual) =>
        new(what, expected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), actual.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), expected == actual);
}
