namespace Crm.Surveys.Definitions;

public enum SurveyKind
{
    Nps,
    Csat,
    Custom,
}
