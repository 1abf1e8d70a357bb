namespace Crm.Campaigns.Campaigns.Templates;

public enum TemplateEncoding
{
    /// <summary>Email and web bodies: values are HTML-encoded.</summary>
    Html,
    /// <summary>SMS and social posts: values keep their text, minus control characters.</summary>
    PlainText,
    /// <summary>An email subject: one line, no control characters (no header injection).</summary>
    HeaderLine,
}
