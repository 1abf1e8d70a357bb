namespace Crm.BuildingBlocks.ContactPressure;

/// <summary>
/// The one contact-pressure policy of the suite (configuration section <c>ContactPressure</c>), shared by campaigns
/// and surveys: at most <see cref="MaxContacts"/> non-transactional contacts per customer per rolling <see cref="Window"/>.
/// </summary>
public sealed class ContactPressureOptions
{
    public const string Section = "ContactPressure";

    public int MaxContacts { get; set; } = 3;
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(7);
    /// <summary>Whether transactional contacts (the CSAT invitation after a resolved ticket) count against the limit.</summary>
    public bool CountTransactional { get; set; }
}
