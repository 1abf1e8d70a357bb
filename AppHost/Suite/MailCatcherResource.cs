namespace Crm.AppHost.Suite;

/// <summary>
/// MailDev (npm's <c>maildev</c>) run as a local process: an SMTP server that keeps every message it is handed and shows
/// them in a web UI with a REST API (<c>GET /api/email</c>), so a person sees every mail the suite sent in Development.
/// </summary>
public sealed class MailCatcherResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string SmtpEndpointName = "smtp";
    public const string WebEndpointName = "http";

    public EndpointReference Smtp => new(this, SmtpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"smtp://127.0.0.1:{Smtp.Property(EndpointProperty.Port)}");
}
