namespace Crm.Tickets.Channels.Mail;

/// <summary>The support address and its listener (<c>Channels:Mail</c>), and the desk's public URL for links in mail.</summary>
public sealed class MailChannelOptions
{
    public const string Section = "Channels:Mail";

    /// <summary>The port of the SMTP listener on loopback; 0 turns the listener off.</summary>
    public int Port { get; set; }
    public string SupportAddress { get; set; } = "support@crm.local";
    public string SenderName { get; set; } = "Customer Service";
    /// <summary>How often a mail that could not be handed to the SMTP server is tried before it counts as failed.</summary>
    public int MaxAttempts { get; set; } = 8;
}
