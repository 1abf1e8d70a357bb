namespace Crm.Tickets.Channels.Contact;

/// <summary>The website's contact form; <c>website</c> is a field people never see, so only a bot fills it in.</summary>
public sealed record ContactRequest(string? Name, string? Email, string? Subject, string? Message, string? Website);
