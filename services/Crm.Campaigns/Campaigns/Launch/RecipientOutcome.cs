namespace Crm.Campaigns.Campaigns.Launch;

public enum RecipientOutcome
{
    Sent,
    /// <summary>No marketing consent on the channel, do-not-contact, or erased.</summary>
    SuppressedNoConsent,
    /// <summary>The shared contact-pressure policy said the customer has been contacted enough.</summary>
    SuppressedPressure,
}
