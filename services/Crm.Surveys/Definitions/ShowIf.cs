namespace Crm.Surveys.Definitions;

/// <summary>Skip logic: the question is shown only when an earlier answer equals one of these values.</summary>
public sealed record ShowIf(string Key, IReadOnlyList<string> In);
