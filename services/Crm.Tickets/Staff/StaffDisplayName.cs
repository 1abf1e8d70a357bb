using Crm.BuildingBlocks.Text;

namespace Crm.Tickets.Staff;

/// <summary>
/// What a customer reads instead of a staff id: the name from the staff member's own token, when it is clean display
/// text, else "Support team". Staff ids (token subjects) are internal and never shown to customers.
/// </summary>
public static class StaffDisplayName
{
    public const string Fallback = "Support team";
    public const int MaxLength = 100;

    /// <summary>The <c>name</c> claim as a display name, or null when it is missing or not clean text.</summary>
    public static string? FromClaim(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || DisplayText.Check(name) != TextProblem.None)
        {
            return null;
        }

        var normalized = DisplayText.Normalize(name);
        return normalized.Length <= MaxLength ? normalized : null;
    }

    public static string Or(string? known) => known ?? Fallback;
}
