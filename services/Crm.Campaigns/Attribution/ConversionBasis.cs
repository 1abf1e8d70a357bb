namespace Crm.Campaigns.Attribution;

public enum ConversionBasis
{
    /// <summary>The purchase carried the campaign's source code.</summary>
    SourceCode,
    /// <summary>The purchase came within the attribution window after a message of the campaign.</summary>
    Window,
}
