using System.Text.RegularExpressions;
using Crm.Tickets.Desk;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// How an inbound mail is read, without a database: loops and automatic mail never open tickets (RFC 3834
/// <c>Auto-Submitted</c>, bulk <c>Precedence</c>, bounces, the desk's own mail coming back); a ticket number in the subject
/// (<c>[#T-1042]</c>) or one of the desk's own Message-IDs in <c>In-Reply-To</c>/<c>References</c> makes a reply.
/// </summary>
public static partial class MailRules
{
    private static readonly string[] BulkPrecedence = ["bulk", "junk", "list", "auto_reply"];
    private static readonly string[] SystemSenders = ["mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply"];

    public static MailDecision Decide(InboundMessage mail, string supportAddress)
    {
        if (IgnoreReason(mail, supportAddress) is { } reason)
        {
            return MailDecision.Ignore(reason);
        }

        if (NumberInSubject(mail.Subject) is { } number)
        {
            return MailDecision.ReplyTo(number);
        }

        return mail.References.Select(NumberInMessageId).FirstOrDefault(n => n is not null) is { } referenced
            ? MailDecision.ReplyTo(referenced)
            : MailDecision.New;
    }

    public static string? IgnoreReason(InboundMessage mail, string supportAddress)
    {
        var from = mail.FromAddress.Trim().ToLowerInvariant();
        if (from.Length == 0 || !from.Contains('@', StringComparison.Ordinal))
        {
            return "no sender address";
        }

        if (mail.AutoSubmitted is { } auto && !auto.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return $"Auto-Submitted: {auto.Trim()}";
        }

        if (mail.Precedence is { } precedence && BulkPrecedence.Contains(precedence.Trim().ToLowerInvariant()))
        {
            return $"Precedence: {precedence.Trim()}";
        }

        if (string.Equals(from, supportAddress.Trim(), StringComparison.OrdinalIgnoreCase) || (mail.MessageId is { } id && NumberInMessageId(id) is not null))
        {
            return "sent by the desk itself (a loop)";
        }

        return SystemSenders.Contains(from.Split('@')[0]) ? "sent by a mail system" : null;
    }

    /// <summary>The number of <c>[#T-1042]</c> in a subject.</summary>
    public static long? NumberInSubject(string subject) =>
        SubjectTag().Match(subject) is { Success: true } match && TicketNumbers.TryRead(match.Groups[1].Value, out var n) ? n : null;

    /// <summary>The ticket number inside one of the desk's own Message-IDs (<c>&lt;T-1042.5f2c…@crm.local&gt;</c>).</summary>
    public static long? NumberInMessageId(string messageId) =>
        OwnMessageId().Match(messageId) is { Success: true } match && TicketNumbers.TryRead(match.Groups[1].Value, out var n) ? n : null;

    /// <summary>A Message-ID for a mail the desk sends on a ticket, which names the ticket so that replies find it.</summary>
    public static string MessageIdFor(long number, string supportAddress) =>
        $"{TicketNumbers.Format(number)}.{Guid.NewGuid():N}@{Domain(supportAddress)}";

    public static string SubjectTagFor(long number) => $"[#{TicketNumbers.Format(number)}]";

    /// <summary>The new text of a reply: quoted lines and everything from the quote's "On … wrote:" line on are left out.</summary>
    public static string NewText(string body)
    {
        var kept = new List<string>();
        foreach (var line in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (QuoteHeader().IsMatch(line) || line.TrimStart().StartsWith("-----Original Message-----", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (!line.TrimStart().StartsWith('>'))
            {
                kept.Add(line);
            }
        }

        var text = string.Join('\n', kept).Trim();
        return text.Length > 0 ? text : body.Trim();
    }

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];

    [GeneratedRegex(@"\[#\s*(T-\d{1,18})\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectTag();

    [GeneratedRegex(@"^<?(T-\d{1,18})\.[0-9a-f]{32}@", RegexOptions.IgnoreCase)]
    private static partial Regex OwnMessageId();

    [GeneratedRegex(@"^\s*On .{1,300} wrote:\s*$")]
    private static partial Regex QuoteHeader();
}
