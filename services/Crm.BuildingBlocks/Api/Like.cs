namespace Crm.BuildingBlocks.Api;

/// <summary>Escapes user text for a SQL LIKE pattern so that % and _ match themselves.</summary>
public static class Like
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
