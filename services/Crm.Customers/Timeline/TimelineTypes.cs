namespace Crm.Customers.Timeline;

public static class TimelineTypes
{
    public const string Interaction = "interaction";
    public const string Purchase = "purchase";
    public const string Consent = "consent";
    public const string TicketOpened = "ticket-opened";
    public const string TicketResolved = "ticket-resolved";
    public const string TicketStatus = "ticket-status";
    public const string SurveyInvited = "survey-invited";
    public const string SurveyResponse = "survey-response";
    public const string CampaignMessage = "campaign-message";
    public const string PartnerShare = "partner-share";
    public const string Activity = "activity";
    public const string MailFailed = "mail-failed";
}
