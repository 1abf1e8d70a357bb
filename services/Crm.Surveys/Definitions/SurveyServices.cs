using Crm.Surveys.Data;
using Crm.Surveys.Invitations;

namespace Crm.Surveys.Definitions;

public sealed record SurveyServices(SurveysDbContext Db, TimeProvider Time, InvitationSender Sender);
