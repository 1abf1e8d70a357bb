using System.Text.Json;

namespace Crm.Surveys.Invitations;

public sealed record AnswerItem(string? Key, JsonElement Value);
