namespace Crm.Contracts.Tickets;

/// <summary>
/// Someone the desk did not know wrote in (a mail to the support address, the website's contact form): the customers
/// service records them as a <c>lead</c> under <paramref name="CustomerId"/>, unless it already holds their email.
/// </summary>
public sealed record LeadCaptured(
    Guid CustomerId,
    string Email,
    string FirstName,
    string LastName,
    string Source,
    DateTimeOffset OccurredAt);
