namespace Crm.ServiceDefaults.Http;

/// <summary>One problem-details answer an operation documents: its status, what it means, and whether it names fields.</summary>
public sealed record ProblemResponse(int Status, string Description, bool NamesFields = false);
