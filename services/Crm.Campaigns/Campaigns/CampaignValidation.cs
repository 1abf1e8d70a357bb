using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Campaigns.Templates;

namespace Crm.Campaigns.Campaigns;

public static partial class CampaignValidation
{
    public static ValidationErrors Validate(CreateCampaignRequest r)
    {
        var errors = new ValidationErrors()
            .Name("name", r.Name, CampaignLimits.Name)
            .When(r.SegmentId is null, "segmentId", "Required.")
            .When(r.Channel is null, "channel", "Required: email, sms, social or web.")
            .Required("body", r.Body, CampaignLimits.Body)
            .Required("sourceCode", r.SourceCode, CampaignLimits.SourceCode)
            .When(r.SourceCode is { Length: > 0 } code && !SourceCodePattern().IsMatch(code.Trim()), "sourceCode", "Letters, digits, '-' and '_' only.")
            .MaxLength("subject", r.Subject, CampaignLimits.Subject);
        if (r.Channel == CampaignChannel.Email)
        {
            errors.Required("subject", r.Subject, CampaignLimits.Subject);
        }

        Placeholders(errors, "body", r.Body);
        Placeholders(errors, "subject", r.Subject);
        return errors;
    }

    private static void Placeholders(ValidationErrors errors, string field, string? template)
    {
        if (template is not null && MessageTemplate.UnknownPlaceholders(template) is { Count: > 0 } unknown)
        {
            errors.Add(field, $"Unknown placeholder(s) {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}; use {string.Join(", ", MessageTemplate.Placeholders.Select(p => "{{" + p + "}}"))}.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SourceCodePattern();
}
