namespace Crm.Tickets.Sla;

/// <summary>Business-time targets of one priority: first response, next reply, resolution.</summary>
public sealed record SlaTargets(TimeSpan FirstResponse, TimeSpan NextReply, TimeSpan Resolution);
