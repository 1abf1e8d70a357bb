namespace Crm.Surveys.Invitations;

public sealed record AnswersRequest(IReadOnlyList<AnswerItem>? Answers);
