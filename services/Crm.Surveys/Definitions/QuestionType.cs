namespace Crm.Surveys.Definitions;

public enum QuestionType
{
    Nps,
    Csat,
    Rating,
    Single,
    Multi,
    Text,
}
