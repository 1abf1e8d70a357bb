using Crm.Tickets.Channels.Mail;
using Crm.Tickets.Desk;
using MimeKit;

namespace Crm.UnitTests.Tickets.Channels;

public sealed class MailRulesTests
{
    private const string Support = "support@crm.local";

    private static InboundMessage Mail(string from = "ada@example.com", string subject = "Help", string? autoSubmitted = null, string? precedence = null,
        string? messageId = "abc@example.com", params string[] references) =>
        new(from, "Ada", subject, "body", messageId, references, autoSubmitted, precedence, []);

    [Fact]
    public void A_new_mail_opens_a_ticket() => Assert.Equal(MailDecisionKind.New, MailRules.Decide(Mail(), Support).Kind);

    [Theory]
    [InlineData("Re: Printer [#T-1042]")]
    [InlineData("AW: [#t-1042] Printer")]
    [InlineData("Printer [# T-1042 ]")]
    public void The_number_in_the_subject_makes_a_reply(string subject)
    {
        var decision = MailRules.Decide(Mail(subject: subject), Support);
        Assert.Equal((MailDecisionKind.Reply, 1042L), (decision.Kind, decision.TicketNumber));
    }

    [Fact]
    public void One_of_the_desks_message_ids_in_the_references_makes_a_reply()
    {
        var ours = MailRules.MessageIdFor(1077, Support);
        var decision = MailRules.Decide(Mail(subject: "Re: Printer", references: ["other@example.com", ours]), Support);
        Assert.Equal((MailDecisionKind.Reply, 1077L), (decision.Kind, decision.TicketNumber));
        Assert.EndsWith("@crm.local", ours);
    }

    [Theory]
    [InlineData("auto-replied", null)]
    [InlineData("auto-generated", null)]
    [InlineData(null, "bulk")]
    [InlineData(null, "List")]
    [InlineData(null, "junk")]
    public void Automatic_and_bulk_mail_is_ignored(string? autoSubmitted, string? precedence) =>
        Assert.Equal(MailDecisionKind.Ignore, MailRules.Decide(Mail(autoSubmitted: autoSubmitted, precedence: precedence), Support).Kind);

    [Fact]
    public void Auto_submitted_no_is_a_person_writing() =>
        Assert.Equal(MailDecisionKind.New, MailRules.Decide(Mail(autoSubmitted: "no"), Support).Kind);

    [Theory]
    [InlineData("support@crm.local")]
    [InlineData("SUPPORT@crm.local")]
    [InlineData("mailer-daemon@example.com")]
    [InlineData("postmaster@example.com")]
    [InlineData("")]
    public void Mail_from_the_desk_itself_or_a_mail_system_is_ignored(string from) =>
        Assert.Equal(MailDecisionKind.Ignore, MailRules.Decide(Mail(from: from), Support).Kind);

    [Fact]
    public void The_desks_own_mail_coming_back_is_a_loop() =>
        Assert.Equal(MailDecisionKind.Ignore, MailRules.Decide(Mail(messageId: MailRules.MessageIdFor(1001, Support), subject: "[#T-1001]"), Support).Kind);

    [Fact]
    public void A_reply_keeps_only_the_new_text()
    {
        var body = "Thanks, that worked.\n\nOn Mon, 2 Mar 2026 at 09:00, Support <support@crm.local> wrote:\n> Please restart it.\n> Regards";
        Assert.Equal("Thanks, that worked.", MailRules.NewText(body));
        Assert.Equal("> only a quote", MailRules.NewText("> only a quote"));
    }

    [Theory]
    [InlineData("T-1042", true, 1042)]
    [InlineData(" t-7 ", true, 7)]
    [InlineData("T-", false, 0)]
    [InlineData("T-12a", false, 0)]
    [InlineData("1042", false, 0)]
    [InlineData("T--5", false, 0)]
    public void Ticket_numbers_read_as_people_write_them(string text, bool valid, long number)
    {
        Assert.Equal(valid, TicketNumbers.TryRead(text, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Fact]
    public void A_parsed_mime_message_keeps_its_thread_and_attachments_and_an_oversized_file_is_found()
    {
        var message = new MimeMessage { Subject = "Re: x", InReplyTo = "a@example.com", MessageId = "m@example.com" };
        message.From.Add(new MailboxAddress("Ada Lovelace", "ada@example.com"));
        message.References.Add("root@example.com");
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        var body = new BodyBuilder { TextBody = "hello" };
        body.Attachments.Add("small.txt", new byte[10]);
        body.Attachments.Add("huge.bin", new byte[InboundMessageReader.MaxAttachmentBytes + 1]);
        message.Body = body.ToMessageBody();

        var read = InboundMessageReader.Read(message);
        Assert.Equal(("ada@example.com", "Ada Lovelace", "hello"), (read.FromAddress, read.FromName, read.Body.Trim()));
        Assert.Equal(["a@example.com", "root@example.com"], read.References);
        Assert.Equal("auto-replied", read.AutoSubmitted);
        Assert.Equal("huge.bin", InboundMessageReader.Oversized(read)?.FileName);
        Assert.Equal(2, read.Attachments.Count);
    }
}
