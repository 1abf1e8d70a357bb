namespace Crm.AppHost.Dashboard.Resources;

/// <summary>Where a resource can be reached; <see cref="IsLink"/> when a browser can open it.</summary>
public sealed record ResourceEndpoint(string Label, string Address)
{
    public bool IsLink => Address.StartsWith("http://", StringComparison.Ordinal) || Address.StartsWith("https://", StringComparison.Ordinal);
}
